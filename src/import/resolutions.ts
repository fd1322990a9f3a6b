/**
 * Resolutions: what each RESOLVED line does (note, agree, approve, …) is guessed from its verbs,
 * the bold ones where the minutes printed them bold (000), otherwise the plain words. Every guess
 * is reported with its evidence.
 */
import { findDate } from "./dates.ts";
import { type BodyNames, bodyIdFor, isOwnMeeting, personSlug } from "./names.ts";
import type { ReportLog } from "./report.ts";
import type { ResolutionVerb } from "../model/types.ts";

// The verbs are the model's own list (src/model/minutes-vocabulary.ts): the importer writes only what check accepts.
export type { ResolutionVerb };

export interface ResolutionParse {
  line: number;
  text: string;
  does: ResolutionVerb[];
  /** Where the verbs came from: printed bold, read from the words, or nothing found. */
  verbsFrom: "bold" | "words" | "none";
  approves?: string;
  elects?: string;
  role?: "chair" | "vice-chair";
}

/** Where a verb of the resolution can stand: after "to", "be", "the Panel", a list dash… ("the support structures" is a noun). */
const AS_VERB = String.raw`(?:^|\b(?:to|and|be|panel|committee|board|it|that|resolved)\s+|[-:;]\s*)`;
const verb = (words: string) => new RegExp(`${AS_VERB}(?:${words})\\b`);

/**
 * The ways UK minutes record that earlier minutes were approved, few of which say "approve": "be
 * approved as a correct record", "were a true and accurate record", "a fair and accurate record",
 * "are correctly recorded", "were accurately recorded", "the minutes … be confirmed (and signed)",
 * "… be taken as read and signed". "Confirmed" only of the minutes: a panel also confirms
 * appointments.
 */
const APPROVAL = new RegExp(
  [
    String.raw`\bapprov(?:e|ed|es)\b`,
    String.raw`\b(?:a|an)\s+(?:(?:true|correct|accurate|fair|full|proper|complete)\s*(?:,|and)?\s+)+record\b`,
    String.raw`\b(?:correctly|accurately|properly|truly|fairly)\s+record(?:ed|s)?\b`,
    // In the same clause as "minutes": not "the minutes be noted and the actions be confirmed".
    String.raw`\bminutes\b[^.;]{0,120}?\b(?:be|are|were|is|was)\s+(?:hereby\s+)?(?:confirmed|adopted|signed|taken\s+as\s+read)\b`,
  ].join("|"),
);

const WORD_VERBS: readonly [RegExp, ResolutionVerb][] = [
  [verb("not(?:e|ed|es)"), "note"],
  [verb("agree[ds]?"), "agree"],
  [APPROVAL, "approve"],
  [verb("elect(?:ed)?"), "elect"],
  [verb("request(?:s|ed)?"), "request"],
  [verb("consider"), "consider"],
  [verb("(?:review and )?comment"), "comment"],
  [verb("support"), "support"],
  [verb("recommend(?:s|ed)?"), "recommend"],
];

function verbsIn(text: string): ResolutionVerb[] {
  const lower = text.toLowerCase();
  const found: { at: number; verb: ResolutionVerb }[] = [];
  for (const [pattern, verb] of WORD_VERBS) {
    const m = pattern.exec(lower);
    if (m && !found.some((f) => f.verb === verb)) found.push({ at: m.index, verb });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.verb);
}

/** The verbs of a resolution: the bold words if any were printed bold, else the plain words. */
export function guessVerbs(text: string): { does: ResolutionVerb[]; from: ResolutionParse["verbsFrom"] } {
  // Each bold run is a verb on its own ("**note**", "**be noted**"): read it as "to <run>".
  const fromBold = [...new Set([...text.matchAll(/\*\*([^*]+)\*\*/g)].flatMap((m) => verbsIn(`to ${m[1] ?? ""}`)))];
  if (fromBold.length > 0) return { does: fromBold, from: "bold" };
  const fromWords = verbsIn(text.replace(/^\W*RESOLVED\W*/i, ""));
  return fromWords.length > 0 ? { does: fromWords, from: "words" } : { does: [], from: "none" };
}

export interface ResolutionContext {
  /** The minute's title, e.g. "Minutes of the Police and Crime Panel held on 6 February 2024". */
  minuteTitle: string;
  bodies: BodyNames;
  /** The body whose minutes these are: "Minutes of the meeting held on …" approves its own earlier minutes. */
  ownBody?: string;
}

/** Reads one RESOLVED block: its verbs, the minutes it approves, whom it elects. */
export function readResolution(text: string, line: number, context: ResolutionContext, log: ReportLog): ResolutionParse {
  const { does, from } = guessVerbs(text);
  const resolution: ResolutionParse = { line, text, does, verbsFrom: from };
  if (from === "none") log.unplaced(line, text, "resolution: no verb (note, agree, approve, …) recognised, so no does= written");
  else log.guess(line, `does=${does.join(" ")}`, from === "bold" ? "from the verbs printed bold" : "from the words of the resolution");
  // Approving the minutes, not a plan or a budget: the words say "record(ed)" or "minutes".
  if (does.includes("approve") && /\brecord(?:ed)?\b|\bminutes\b/i.test(text)) {
    const approved = /^Minutes of (?:the )?(.+?) held on (.+)$/i.exec(context.minuteTitle);
    const printed = approved?.[1] ?? "";
    const body = approved ? (bodyIdFor(printed, context.bodies) ?? (isOwnMeeting(printed) ? context.ownBody : undefined)) : undefined;
    const date = approved ? findDate(approved[2] ?? "") : undefined;
    if (body && date) {
      resolution.approves = `${body}-${date}`;
      log.guess(line, `approves=${resolution.approves}`, `from the minute title "${context.minuteTitle}"`);
    } else {
      log.unplaced(line, context.minuteTitle, "resolution approves minutes, but the meeting could not be read from the minute title");
    }
  }
  const elected = /\bthat\s+(.+?)\s+be\s+elected\s+(Vice[- ]Chair(?:man)?|Chair(?:man)?)\b/i.exec(text);
  if (elected) {
    resolution.elects = personSlug(elected[1] ?? "");
    resolution.role = /^vice/i.test(elected[2] ?? "") ? "vice-chair" : "chair";
    log.person(line, elected[1] ?? "", resolution.elects, "elected");
  }
  return resolution;
}

/** The `{…}` attributes of a `::: resolved` block. */
export function resolutionAttributes(r: ResolutionParse): string {
  const parts: string[] = [];
  if (r.does.length === 1) parts.push(`does=${r.does[0]}`);
  else if (r.does.length > 1) parts.push(`does="${r.does.join(" ")}"`);
  if (r.approves) parts.push(`approves=${r.approves}`);
  if (r.elects) parts.push(`elects=${r.elects}`, `role=${r.role ?? "chair"}`);
  return parts.length > 0 ? ` {${parts.join(" ")}}` : "";
}
