/**
 * Who asked a question to the Commissioner, for which council, and where: the rows of a summary
 * list; and the question's opening words for the register's summary row, without the label
 * ("Question 1", "Q1:") the row already shows as its number.
 */
import type { Question } from "../model/types.ts";
import { excerpt } from "./excerpt.ts";
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

/** The question's opening words, as printed, after its printed label. */
export function questionExcerpt(question: Question): string {
  return excerpt(question.text.replace(/^\s*Question \d+[ \t]*\n/, "").replace(/^(\s*[*_]*)Q\d+:\s*/, "$1"));
}
