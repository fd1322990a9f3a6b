/** The key facts of a body (a panel or board), as the rows of its page's summary list. */
import type { Body } from "../model/types.ts";
import { labelOf } from "../render/labels.ts";
import { listRow, row, type SummaryRow } from "./summary-list.ts";

export function bodySummary(body: Body): SummaryRow[] {
  return [
    row("Kind", labelOf(body.bodyKind)),
    // The organisation that hosts the body (a panel is run by a council).
    row("Run by", body.host?.name, body.host?.url),
    listRow("Also printed as", body.namesAsPrinted.map((text) => ({ text }))),
  ];
}
