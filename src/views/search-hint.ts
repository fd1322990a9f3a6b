/**
 * The search box's hint: what a reader may type, with examples the archive is sure to find. The
 * archive's own (site.json `searchExamples`) when it gives them; else a topic, a person and a
 * decision code the archive holds, chosen by how much of the papers they run through, so that the
 * hint never names something a search would not find.
 */
import type { Archive } from "../model/archive.ts";

/** "A name, place, subject or decision code, for example Sheppey, Mochrie-Cox or D.035.24". */
export function searchHint(archive: Archive, configured?: readonly string[]): string {
  const examples = configured && configured.length > 0 ? configured : derivedExamples(archive);
  const kinds = archive.decisions.length > 0 ? "A name, place, subject or decision code" : "A name, place or subject";
  return examples.length === 0 ? kinds : `${kinds}, for example ${listed(examples)}`;
}

function derivedExamples(archive: Archive): string[] {
  const mostOf = <T>(items: readonly T[], weight: (item: T) => number): T | undefined =>
    [...items].sort((a, b) => weight(b) - weight(a))[0];
  const topic = mostOf(archive.topics, (t) => t.minutes.length + t.agendaItems.length + t.documents.length);
  const person = mostOf(archive.people, (p) => p.attendance.length);
  const decision = archive.decisions.at(-1);
  return [topic?.title, person?.name, decision?.code].filter((e): e is string => e !== undefined && e !== "");
}

/** "a", "a or b", "a, b or c". */
function listed(items: readonly string[]): string {
  return items.length === 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;
}
