/**
 * What must stay private: an exempt paper (Local Government Act 1972, Schedule 12A) or one under
 * embargo at the build's clock. A withheld paper keeps its title (the agenda shows it) and loses
 * everything else before any view sees it, so no page, index, feed or export can leak it.
 */
import { DateTime } from "luxon";
import { type PreparedBody, prepareBody } from "./body.ts";
import type { FmDocument } from "./front-matter-shapes.ts";
import type * as M from "./types.ts";

/** Why a paper is withheld at `now`, from its own front matter; undefined when it is published. */
export function withholding(d: FmDocument, now: DateTime): M.Document["withheld"] {
  if (d.exempt && d.exempt.length > 0) return "exempt";
  if (d.publish_from && DateTime.fromISO(d.publish_from, { setZone: true }) > now) return "embargo";
  return undefined;
}

/** Keeps a paper's text out of every output (its parent or agenda item is exempt or embargoed). */
export function withhold(document: M.Document, reason: "exempt" | "embargo", prepared: Map<string, PreparedBody>): void {
  document.withheld = reason;
  document.markdown = "";
  document.headings = [];
  document.planLists = [];
  document.words = 0;
  prepared.set(document.id, prepareBody("", { minutes: false }));
}
