/**
 * What a resolution did, as the resolutions register says it: each of its verbs (`does=`) in words
 * ("noted", "requested"), where approving minutes or notes and electing someone are said in full,
 * with their links ("approved the minutes of 6 February 2024", "elected Mike Hill Chair"), once.
 * The first is capitalised: the cell reads as one sentence.
 */
import { shortDate } from "../model/dates.ts";
import type { Resolution, ResolutionVerb } from "../model/types.ts";

export interface ResolutionAction {
  text: string;
  /** A link after the text: the meeting whose minutes were approved, the person elected. */
  link?: { href: string; text: string };
  /** The role after the person elected (a role's id: the template labels it as the body's vocabulary does). */
  role?: string;
}

const DONE: Record<ResolutionVerb, string> = {
  note: "noted",
  agree: "agreed",
  approve: "approved",
  elect: "elected",
  request: "requested",
  consider: "considered",
  comment: "commented",
  support: "supported",
  recommend: "recommended",
};

export function resolutionActions(resolution: Resolution): ResolutionAction[] {
  const actions: ResolutionAction[] = resolution.verbs.map((verb) => ({ text: DONE[verb] }));
  const { approves, elects } = resolution;
  if (approves) {
    // Notes are agreed, minutes approved: the record the resolution is in says which the body keeps.
    const notes = resolution.minute.record.document.type === "notes";
    const approval = { text: notes ? "agreed the notes of" : "approved the minutes of", link: { href: approves.minutes?.url ?? approves.url, text: shortDate(approves.date) } };
    replaceOrAdd(actions, notes ? ["agree", "approve"] : ["approve", "agree"], resolution.verbs, approval);
  }
  if (elects) replaceOrAdd(actions, ["elect"], resolution.verbs, { text: "elected", link: { href: elects.person.url, text: elects.person.name }, role: elects.role });
  const [first] = actions;
  if (first) actions[0] = { ...first, text: first.text.charAt(0).toUpperCase() + first.text.slice(1) };
  return actions;
}

/** Puts `action` where the first of `verbs` the resolution has stood, or after the others. */
function replaceOrAdd(actions: ResolutionAction[], verbs: readonly ResolutionVerb[], had: readonly ResolutionVerb[], action: ResolutionAction): void {
  const at = verbs.map((verb) => had.indexOf(verb)).find((i) => i >= 0);
  if (at === undefined) actions.push(action);
  else actions[at] = action;
}
