/** Who asked a question to the Commissioner, for which council, and where: the register's rows. */
import type { Question } from "../model/types.ts";
import { minuteCitation } from "./minute-citation.ts";
import { row, type SummaryRow } from "./summary-list.ts";

export function questionSummary(question: Question): SummaryRow[] {
  const minute = question.minute;
  return [
    row("Asked by", question.asker.name, question.asker.url),
    row("Council", question.council?.name, question.council?.url),
    row("Meeting", `${minute.record.meeting.body.name}, ${minuteCitation(minute)}`, question.url),
  ];
}
