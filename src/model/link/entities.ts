/**
 * Pass 1, entities: bodies, organisations, people, decisions and topics, made from their own files
 * before anything refers to them. Their references to each other (a body's host, a decision's
 * maker, a person's roles) wait for the references pass, when every entity exists.
 */
import type { ContentFile } from "../read-content.ts";
import type * as M from "../types.ts";
import type { LinkContext } from "./context.ts";

export function linkEntities(ctx: LinkContext, files: readonly ContentFile[]): void {
  for (const file of files) {
    if (file.placement.folder === "meetings") continue;
    const entity = entityOf(ctx, file, file.placement.id);
    if (entity && ctx.register(entity, file)) add(ctx, entity);
  }
}

type Entity = M.Body | M.Organisation | M.Person | M.Decision | M.Topic;

function entityOf(ctx: LinkContext, file: ContentFile, id: string): Entity | undefined {
  const description = file.parsed.body.trim();
  const base = { id, source: ctx.source(file), description };
  switch (file.type) {
    case "body": {
      const d = file.data;
      return { ...base, kind: "body", url: `/bodies/${id}/`, name: d.name, shortName: d.short_name ?? d.name, bodyKind: d.kind, namesAsPrinted: d.names_as_printed ?? [], meetings: [], memberships: [] };
    }
    case "organisation": {
      const d = file.data;
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
      break;
    case "topic":
      a.topics.push(entity);
      break;
  }
}
