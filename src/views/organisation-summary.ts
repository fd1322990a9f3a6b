/** The key facts of an organisation, as the rows of its page's summary list. */
import type { Organisation } from "../model/types.ts";
import { labelOf } from "../render/labels.ts";
import { listRow, row, type SummaryRow } from "./summary-list.ts";

export function organisationSummary(organisation: Organisation): SummaryRow[] {
  return [
    row("Kind", labelOf(organisation.organisationKind)),
    row("Website", organisation.website, organisation.website),
    listRow("Also printed as", organisation.namesAsPrinted.map((text) => ({ text }))),
  ];
}
