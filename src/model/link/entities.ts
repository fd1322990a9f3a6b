/**
 * Pass 1, entities: bodies, organisations, people, decisions and topics, made from their own files
 * before anything refers to them. Their references to each other (a body's host, a decision's
 * maker, a person's roles) wait for the references pass, when every entity exists.
 */
import { type BodyConventions, codePattern, DEFAULT_ITEM_CODE, DEFAULT_MINUTE_NUMBER, minuteNumbering, type PatternKind } from "../conventions.ts";
import type { FmBody } from "../front-matter-shapes.ts";
import type { ContentFile } from "../read-content.ts";
import type * as M from "../types.ts";
import type { LinkContext } from "./context.ts";
import { checkDecisionCode, checkOrganisationKind } from "./vocabulary.ts";

export function linkEntities(ctx: LinkContext, files: readonly ContentFile[]): void {
  for (const file of files) {
    if (file.placement.folder === "meetings") continue;
    const entity = entityOf(ctx, file, file.placement.id);
    if (entity && ctx.register(entity, file)) add(ctx, entity);
  }
  noticeNamesakes(ctx, ctx.archive.people, "person");
  noticeNamesakes(ctx, ctx.archive.organisations, "organisation");
}

/**
 * Two people (or organisations) of the same name, neither told apart by a note: most often one
 * person given a second file ("cllr-jane-smith.md" beside "jane-smith.md"), whose attendance,
 * questions and roles are then split between two pages. Namesakes do exist, so it is a note, not
 * a problem: check says which files, and what to write either way.
 */
function noticeNamesakes(ctx: LinkContext, entities: readonly (M.Person | M.Organisation)[], kind: "person" | "organisation"): void {
  const byName = new Map<string, (M.Person | M.Organisation)[]>();
  for (const entity of entities) {
    const key = entity.name.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
    byName.set(key, [...(byName.get(key) ?? []), entity]);
  }
  for (const same of byName.values()) {
    const [first, ...others] = same;
    if (!first || others.length === 0) continue;
    const notes = same.map((entity) => ("note" in entity ? entity.note : undefined));
    if (notes.every((note) => note !== undefined) && new Set(notes).size === notes.length) continue;
    const tellApart = kind === "person" ? "give each a note: line saying who they are (their council, their post)" : "keep both, with names that tell them apart";
    for (const other of others) {
      ctx.notices.push({
        file: other.source.file,
        line: 1,
        message: `this ${kind} has the same name as ${first.source.file} ("${first.name}"): if they are one ${kind}, keep one of the two files, delete the other, and write the kept file's identifier (${first.id} or ${other.id}) wherever the other's is written; if they are two, ${tellApart}`,
      });
    }
  }
}

type Entity = M.Body | M.Organisation | M.Person | M.Decision | M.Topic;

function entityOf(ctx: LinkContext, file: ContentFile, id: string): Entity | undefined {
  const description = file.parsed.body.trim();
  const base = { id, source: ctx.source(file), description };
  switch (file.type) {
    case "body": {
      const d = file.data;
      return {
        ...base, kind: "body", url: `/bodies/${id}/`, name: d.name, shortName: d.short_name ?? d.name, bodyKind: d.kind, namesAsPrinted: d.names_as_printed ?? [],
        conventions: conventionsOf(file.path, d.conventions), meetings: [], memberships: [],
      };
    }
    case "organisation": {
      const d = file.data;
      checkOrganisationKind(ctx, file, d.kind, ["kind"]);
      return { ...base, kind: "organisation", url: `/organisations/${id}/`, name: d.name, organisationKind: d.kind, namesAsPrinted: d.names_as_printed ?? [], website: d.website, members: [], questions: [], roles: [] };
    }
    case "person": {
      const d = file.data;
      return {
        ...base, kind: "person", url: `/people/${id}/`, name: d.name, honorific: d.honorific, postNominals: d.post_nominals ?? [], namesAsPrinted: d.names_as_printed ?? [], note: d.note,
        roles: [], memberships: [], attendance: [], questions: [], declarations: [], elections: [], authored: [],
      };
    }
    case "decision": {
      const d = file.data;
      return { ...base, kind: "decision", url: `/decisions/${id}/`, code: d.code, codesAsPrinted: d.codes_as_printed ?? [d.code], title: d.title, date: d.date, status: d.status ?? "referenced", notedIn: [], agendaItems: [], resolutions: [] };
    }
    case "topic": {
      const d = file.data;
      return { ...base, kind: "topic", url: `/topics/${id}/`, title: d.title, meetings: [], agendaItems: [], documents: [], minutes: [] };
    }
    default:
      return undefined;
  }
}

/**
 * A body's conventions: each it declares (validation has checked its pattern and example), the
 * defaults for the rest.
 */
function conventionsOf(file: string, written: FmBody["conventions"]): BodyConventions {
  const declared = (kind: PatternKind) => ({ file, field: `conventions.${kind}` });
  return {
    itemCode: written?.item_code ? codePattern(written.item_code, declared("item_code")) : DEFAULT_ITEM_CODE,
    minuteNumber: written?.minute_number ? minuteNumbering(written.minute_number, declared("minute_number")) : DEFAULT_MINUTE_NUMBER,
    decisionCode: written?.decision_code ? codePattern(written.decision_code, declared("decision_code")) : undefined,
  };
}

function add(ctx: LinkContext, entity: Entity): void {
  const a = ctx.archive;
  switch (entity.kind) {
    case "body":
      a.bodies.push(entity);
      break;
    case "organisation":
      a.organisations.push(entity);
      break;
    case "person":
      a.people.push(entity);
      break;
    case "decision":
      a.decisions.push(entity);
      // The site's pattern holds for every decision; a body's, for those its meetings cite (references pass).
      if (ctx.site.decisionCode) checkDecisionCode(ctx, entity, ctx.site.decisionCode, "this archive's");
      break;
    case "topic":
      a.topics.push(entity);
      break;
  }
}
