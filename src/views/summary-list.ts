/**
 * Key facts as rows, and those rows in the shape govuk-frontend's `govukSummaryList` takes.
 *
 * A view says what a row holds (text, a link, or several of either); `govukRows` writes the HTML
 * of links and lists, escaped, so templates pass the result straight to the macro. A row with
 * nothing to show is left out, so a view may list every row a page can have.
 */
import { type Link, linkHtml } from "./link.ts";

export interface SummaryRow {
  key: string;
  /** One value; `value.text` empty leaves the row out. */
  value?: Link;
  /** Several values, shown as a list (one alone is shown as a value); empty leaves the row out. */
  items?: Link[];
}

/** A row of `govukSummaryList`: text is escaped by the macro, html is written as it is. */
export interface GovukSummaryRow {
  key: { text: string } | { html: string };
  value: { text: string } | { html: string };
}

/** A row whose value is `text`, linked to `href` when there is one; left out when `text` is empty. */
export function row(key: string, text: string | undefined, href?: string): SummaryRow {
  return { key, value: { text: text ?? "", href } };
}

/** A row of several values; left out when there are none. */
export function listRow(key: string, items: Link[]): SummaryRow {
  return { key, items };
}

export function isShown(summary: SummaryRow): boolean {
  return Boolean(summary.value?.text) || (summary.items?.length ?? 0) > 0;
}

export function govukRows(rows: readonly SummaryRow[]): GovukSummaryRow[] {
  return rows.filter(isShown).map((r) => ({ key: { text: r.key }, value: govukValue(r) }));
}

function govukValue(summary: SummaryRow): GovukSummaryRow["value"] {
  const items = summary.items ?? [];
  if (items.length === 0) return summary.value?.href ? { html: linkHtml(summary.value) } : { text: summary.value?.text ?? "" };
  if (items.length === 1 && items[0]) return { html: linkHtml(items[0]) };
  return { html: `<ul class="govuk-list">${items.map((item) => `<li>${linkHtml(item)}</li>`).join("")}</ul>` };
}
