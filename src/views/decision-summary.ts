/** The key facts of a decision of the Commissioner, as the rows of its page's summary list. */
import { shortDate } from "../model/dates.ts";
import type { Decision } from "../model/types.ts";
import { listRow, row, type SummaryRow } from "./summary-list.ts";

export function decisionSummary(decision: Decision): SummaryRow[] {
  return [
    row("Code", decision.code),
    listRow("Printed as", decision.codesAsPrinted.map((text) => ({ text }))),
    row("Title", decision.title),
    row("Made by", decision.maker?.name, decision.maker?.url),
    row("Date", decision.date ? shortDate(decision.date) : ""),
    row("Decision notice", decision.status === "referenced" ? "Not held in the archive" : "Held"),
  ];
}
