/** A link as views hand it to templates: words, and where they lead when they lead anywhere. */
import { escapeAttribute, escapeText } from "../render/escape.ts";

export interface Link {
  text: string;
  /** Absent or empty: the words alone, not a link. */
  href?: string;
}

/** A link in GOV.UK style, or the escaped words alone when there is nowhere to go. */
export function linkHtml(link: Link): string {
  return link.href ? `<a class="govuk-link" href="${escapeAttribute(link.href)}">${escapeText(link.text)}</a>` : escapeText(link.text);
}
