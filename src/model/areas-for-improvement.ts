/**
 * Areas for improvement (AFIs): what an inspection (HMICFRS's PEEL) told a force to improve, each
 * printed with its number, "AFI 4 – The force needs …" or "AFI 1: The force needs …". The notes
 * that discuss them keep each in a `::: afi` block, so that it has its own anchor and is told apart
 * from the discussion around it.
 */

/** "AFI 4", at the start of the text as printed: the label, then a dash, a colon or a space. */
const LABEL = /^AFI\s+(\d{1,3})(?=\s|:|–|-|$)/;

/** The AFI's number as printed ("4"), from its text; undefined when the text does not start with its label. */
export function afiNumber(text: string): string | undefined {
  return LABEL.exec(text.trim())?.[1];
}
