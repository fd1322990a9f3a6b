/**
 * Pass 7, references, now that every entity and anchor exists: `@` links in every Markdown text
 * (papers, and the descriptions and summonses that make no records), what resolutions approve,
 * elect, schedule and cite, what asked for each work-programme entry, people's roles, a body's
 * host and a decision's maker.
 */
import { listValue } from "../attributes.ts";
import { prepareBody } from "../body.ts";
import { refusalOf } from "../dates.ts";
import { ELECTED_ROLES } from "../minutes-vocabulary.ts";
import type { ContentFile } from "../read-content.ts";
import type * as M from "../types.ts";
import type { LinkContext } from "./context.ts";
import { checkDecisionCode, checkRole } from "./vocabulary.ts";

export function linkReferences(ctx: LinkContext, files: readonly ContentFile[]): void {
  const a = ctx.archive;
  for (const document of a.documents) resolveTextReferences(ctx, document);
  for (const file of files) if (file.placement.folder !== "meetings" && file.placement.folder !== "papers") checkText(ctx, file, file.parsed.body, file.parsed.bodyLine);
  for (const meeting of a.meetings) checkText(ctx, ctx.fileFor(meeting.id), meeting.summons, meeting.bodyLine);
  for (const minute of a.minutes) for (const pending of ctx.pendingResolutions.get(minute) ?? []) resolveResolution(ctx, pending.resolution, pending.values, pending.file, pending.line);
  for (const entry of a.workProgrammeEntries) resolveEntry(ctx, entry);
  for (const person of a.people) linkRoles(ctx, person);
  for (const body of a.bodies) {
    const file = ctx.fileOfType(body.id, ["body"]);
    body.host = ctx.lookup(file, file.data.host, ["organisation"], ["host"], "organisation");
  }
  for (const decision of a.decisions) {
    const file = ctx.fileOfType(decision.id, ["decision"]);
    decision.maker = ctx.lookup(file, file.data.maker, ["person"], ["maker"], "person");
    checkCitingBodies(ctx, decision);
  }
}

/**
 * A decision's code against the pattern of each body whose meetings cite it (an agenda item's
 * `decisions:`, a minute's `decisions=`, a resolution's `decision=`) and declare one: once a body,
 * at the decision's `code:`.
 */
function checkCitingBodies(ctx: LinkContext, decision: M.Decision): void {
  const bodies = new Set([...decision.agendaItems.map((i) => i.meeting.body), ...[...decision.notedIn, ...decision.resolutions.map((r) => r.minute)].map((m) => m.record.meeting.body)]);
  for (const body of bodies) {
    const form = body.conventions.decisionCode;
    if (form) checkDecisionCode(ctx, decision, form, `${body.name}'s`);
  }
}

/** A paper's `@` links: checked, and each recorded as a mention on the page it names. A withheld paper's links are checked, but it is mentioned nowhere. */
function resolveTextReferences(ctx: LinkContext, document: M.Document): void {
  const file = ctx.fileFor(document.id);
  for (const ref of ctx.prepared.get(document.id)?.references ?? []) {
    const line = file.parsed.bodyLine + ref.line;
    const target = ctx.resolveReference(file, ref.target, ref.anchor, line, document);
    if (!target || document.withheld) continue;
    const minute = ref.minute !== undefined ? document.records?.minutes[ref.minute] : undefined;
    const page = pageOf(target);
    if (page !== document && (page.kind === "meeting" || page.kind === "document")) page.mentionedIn.push({ from: document, minute, target, source: { file: file.path, line } });
  }
}

/** A Markdown text that makes no records (a description, a summons): its problems and `@` links checked as a paper's are. */
function checkText(ctx: LinkContext, file: ContentFile, text: string, bodyLine: number): void {
  if (text.trim() === "") return;
  const body = prepareBody(text, { minutes: false });
  for (const p of body.problems) ctx.report(file, p.message, undefined, bodyLine + p.line);
  for (const ref of body.references) ctx.resolveReference(file, ref.target, ref.anchor, bodyLine + ref.line);
}

function resolveResolution(ctx: LinkContext, resolution: M.Resolution, values: Map<string, string>, file: ContentFile, line: number): void {
  resolveApproval(ctx, resolution, values.get("approves"), file, line);
  const elects = values.get("elects");
  if (elects) {
    const person = ctx.lookup(file, elects, ["person"], line, "person");
    const role = values.get("role") as M.RoleKind | undefined;
    if (!role || !ELECTED_ROLES.includes(role)) ctx.report(file, `elects= needs the role elected to: add role=${ELECTED_ROLES.join(" or role=")}`, undefined, line);
    else if (person) {
      resolution.elects = { person, role };
      person.elections.push(resolution);
    }
  } else if (values.has("role")) ctx.report(file, "role= without elects=: add elects=<person> (who was elected), or remove role=", undefined, line);
  for (const due of listValue(values.get("follow_up"))) {
    if (/^\d+-\d+$/.test(due)) {
      // A month, written YYYY-MM: checked as every other date in the content is.
      const refusal = refusalOf("partial-date", due);
      if (refusal) ctx.report(file, `follow_up=${due} ${refusal.problem}: ${refusal.advice}`, undefined, line);
      else resolution.followUps.push({ resolution, due, state: "due" });
      continue;
    }
    const meeting = ctx.lookup(file, due, ["meeting"], line, "meeting");
    if (meeting) {
      const followUp: M.FollowUp = { resolution, meeting, due: meeting.date, state: "due" };
      resolution.followUps.push(followUp);
      meeting.followUpsDue.push(followUp);
    }
  }
  resolution.decision = ctx.lookup(file, values.get("decision"), ["decision"], line, "decision");
  resolution.decision?.resolutions.push(resolution);
}

/** `approves=`: an earlier meeting, whose minutes then say which resolution approved them. */
function resolveApproval(ctx: LinkContext, resolution: M.Resolution, id: string | undefined, file: ContentFile, line: number): void {
  const approves = ctx.lookup(file, id, ["meeting"], line, "meeting");
  if (!approves) return;
  const own = resolution.minute.record.meeting;
  if (!heldBefore(approves, own)) {
    const when = approves === own ? "is the meeting these minutes record" : `met on ${approves.date}${approves.date === own.date ? "" : `, after this meeting of ${own.date}`}`;
    ctx.report(file, `approves=${approves.id}: a meeting approves only an earlier meeting's minutes, and ${approves.id} ${when}: name the earlier meeting whose minutes were agreed as a true record`, undefined, line);
    return;
  }
  if (approves.status === "cancelled") {
    ctx.report(file, `approves=${approves.id}: that meeting was cancelled (its meeting.md says status: cancelled), so it has no minutes to approve: name the meeting whose minutes were agreed, or correct its status`, undefined, line);
    return;
  }
  // The item this minute takes says whose minutes it is about (`minutes_of`): the two must agree,
  // or the pages would show one meeting's minutes approved and the other's not.
  const item = resolution.minute.item;
  if (item?.minutesOf && item.minutesOf !== approves) {
    ctx.report(file, `approves=${approves.id}, but item ${item.code}, which this minute takes, is the minutes of ${item.minutesOf.id} (minutes_of in ${item.meeting.id}'s meeting.md): write approves=${item.minutesOf.id}, or correct the item's minutes_of`, undefined, line);
    return;
  }
  resolution.approves = approves;
  const record = approves.minutes?.records;
  if (record) record.approvedBy = resolution;
}

/** Whether `a` met before `b`: an earlier day, or the same day at an earlier printed time. */
function heldBefore(a: M.Meeting, b: M.Meeting): boolean {
  if (a.date !== b.date) return a.date < b.date;
  return a.start !== undefined && b.start !== undefined && a.start < b.start;
}

function resolveEntry(ctx: LinkContext, entry: M.WorkProgrammeEntry): void {
  const pending = ctx.pendingEntries.get(entry);
  if (!pending?.requestedBy) return;
  const [target = "", anchor] = pending.requestedBy.slice(1).split("#");
  entry.requestedBy = ctx.resolveReference(pending.file, target, anchor || undefined, [...pending.field, "requested_by"], entry.programme.document);
}

function linkRoles(ctx: LinkContext, person: M.Person): void {
  const file = ctx.fileOfType(person.id, ["person"]);
  const d = file.data;
  (d.roles ?? []).forEach((r, i) => {
    checkRole(ctx, file, r.role, ["roles", i, "role"]);
    const organisation = ctx.lookup(file, r.organisation, ["organisation"], ["roles", i, "organisation"], "organisation");
    const body = ctx.lookup(file, r.body, ["body"], ["roles", i, "body"], "body");
    const role: M.Role = { role: r.role, person, organisation, body, asPrinted: r.as_printed, seen: r.seen ?? [], from: r.from, to: r.to };
    person.roles.push(role);
    organisation?.roles.push(role);
  });
}

/** The page a target lives on. */
export function pageOf(target: M.Target): M.Target {
  switch (target.kind) {
    case "agenda-item":
      return target.meeting;
    case "minute":
      return target.record.document;
    case "resolution":
    case "question":
    case "declaration":
      return target.minute.record.document;
    case "action":
      return target.record.document;
    case "work-programme-entry":
      return target.programme.document;
    default:
      return target;
  }
}
