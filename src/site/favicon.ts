/**
 * The favicon an archive gets when its site.json names no favicon file: a square in the brand
 * colour with one or two letters in white, `faviconText` when set, else the initials of the
 * archive's name. Pure.
 */
import { escapeText } from "../render/escape.ts";

/**
 * The initials of `name`: the first letters of its first two words that begin with a capital
 * letter or a digit, a first "The" left out ("Kent and Medway Police and Crime Panel papers" gives
 * KM, "Anyshire Scrutiny Panel papers" AS); a name with no such word gives its first letter or
 * digit, in capitals; a name with neither, none.
 */
export function faviconInitials(name: string): string {
  const words = name.split(/[\s\-–—/]+/).filter((word) => word !== "");
  const named = (words[0] === "The" ? words.slice(1) : words).filter((word) => /^[\p{Lu}\p{Lt}\p{N}]/u.test(word));
  if (named.length > 0) return named.slice(0, 2).map((word) => [...word][0]).join("");
  const first = /[\p{L}\p{N}]/u.exec(name)?.[0];
  return first ? first.toLocaleUpperCase("en-GB") : "";
}

/** The favicon's SVG: `text` (one or two characters) in white on `colour`, a 32-pixel square. */
export function faviconSvg(colour: string, text: string): string {
  // One letter alone is drawn larger, to fill the square as two do.
  const [size, baseline] = [...text].length > 1 ? [15, 22] : [20, 23];
  const letters = text === "" ? "" : `<text x="16" y="${baseline}" fill="#fff" font-family="Arial,Helvetica,sans-serif" font-size="${size}" font-weight="700" text-anchor="middle">${escapeText(text)}</text>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="4" fill="${colour}"/>${letters}</svg>\n`;
}
