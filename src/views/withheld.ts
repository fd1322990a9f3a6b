/**
 * What a page says where a withheld paper or file is listed (on its agenda item, among a paper's
 * appendices, among a meeting's papers): that there is one, which appendix it is, and why it is
 * not shown, never its title or file name. Those are the paper's own words (src/model/withholding.ts
 * strips them), and the agenda item's title above it already says what the agenda made public.
 */
import type { ArchiveFile, Document } from "../model/types.ts";
import { EXEMPT_INFORMATION, exemptionGrounds } from "../render/labels.ts";

/** "A paper is to follow.", "Appendix B is exempt (paragraph 3 of …).", "A file is to follow." */
export function withheldSentence(withheld: Pick<Document | ArchiveFile, "kind" | "withheld" | "appendixLabel" | "exempt" | "parent">, law: string = EXEMPT_INFORMATION): string {
  const subject = withheld.parent && withheld.appendixLabel ? `Appendix ${withheld.appendixLabel}` : withheld.kind === "file" ? "A file" : "A paper";
  if (withheld.withheld === "embargo") return `${subject} is to follow.`;
  return withheld.exempt.length > 0 ? `${subject} is exempt (${exemptionGrounds(withheld.exempt, law)}).` : `${subject} is exempt.`;
}
