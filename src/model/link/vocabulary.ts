/**
 * The archive's own words checked where content uses them: a role (a person's post, a seat on an
 * agenda's membership list) and a kind of organisation must be built in or declared by the site
 * (`_data/site.json` `roles`, `organisationKinds`), and an item code, a decision code must have the
 * form its body or the site declares. The schemas only say these are identifiers or codes: which
 * ones exist is the archive's to say.
 */
import { BUILT_IN_ORGANISATION_KINDS, BUILT_IN_ROLES, type CodePattern, DEFAULT_ITEM_CODE, DEFAULT_ITEM_CODE_EXAMPLES, SITE_FILE } from "../conventions.ts";
import type { ContentFile } from "../read-content.ts";
import { didYouMean } from "../suggest.ts";
import type * as M from "../types.ts";
import type { LinkContext } from "./context.ts";

/**
 * Whether `role` is one the archive knows; if not, reported at `field` with the roles it does know.
 * Any role passes while the site file cannot be read: it may declare this one.
 */
export function checkRole(ctx: LinkContext, file: ContentFile, role: string, field: (string | number)[]): boolean {
  if (ctx.site.unread) return true;
  const known = [...BUILT_IN_ROLES, ...[...ctx.site.roles.keys()].filter((r) => !(BUILT_IN_ROLES as readonly string[]).includes(r))];
  if (known.includes(role)) return true;
  ctx.report(file, `role ${role} is not one this archive knows: write one of ${known.join(", ")}, or add it with its label to "roles" in ${SITE_FILE}${didYouMean(role, known)}`, field);
  return false;
}

/** Whether `kind` is a kind of organisation the archive knows; if not, reported at `field`. Any passes while the site file cannot be read. */
export function checkOrganisationKind(ctx: LinkContext, file: ContentFile, kind: string, field: (string | number)[]): boolean {
  if (ctx.site.unread) return true;
  const builtIn: readonly string[] = BUILT_IN_ORGANISATION_KINDS;
  const known = [...builtIn, ...[...ctx.site.organisationKinds.keys()].filter((k) => !builtIn.includes(k))];
  if (known.includes(kind)) return true;
  ctx.report(file, `kind ${kind} is not a kind of organisation this archive knows: write one of ${known.join(", ")}, or add it with its label to "organisationKinds" in ${SITE_FILE}${didYouMean(kind, known)}`, field);
  return false;
}

/** Whether an agenda item's code has the form its body's item codes take; if not, reported at `field`. */
export function checkItemCode(ctx: LinkContext, file: ContentFile, code: string, body: M.Body, field: (string | number)[]): boolean {
  const form = body.conventions.itemCode;
  if (form.test.test(code)) return true;
  if (form === DEFAULT_ITEM_CODE) {
    ctx.report(file, `item code ${code} is not in a form item codes take (${form.pattern}): write the code as the agenda prints it, e.g. ${DEFAULT_ITEM_CODE_EXAMPLES}; if ${body.name}'s agendas print codes of another form, declare it in content/bodies/${body.id}.md as conventions: { item_code: { pattern: …, example: … } }`, field);
  } else {
    ctx.report(file, `item code ${code} does not match the pattern of ${body.name}'s item codes, ${form.pattern} (${declared(form)}): write the code as the agenda prints it, e.g. ${form.example}, or change the pattern if the agendas print codes of this form too`, field);
  }
  return false;
}

/** Whether a decision's code has the form `form` declares; if not, reported at its file's `code:`. */
export function checkDecisionCode(ctx: LinkContext, decision: M.Decision, form: CodePattern, whose: string): boolean {
  if (form.test.test(decision.code)) return true;
  const file = ctx.fileOfType(decision.id, ["decision"]);
  ctx.report(file, `decision code ${decision.code} does not match the pattern of ${whose} decision codes, ${form.pattern} (${declared(form)}): write the code as the papers print it, e.g. ${form.example}, or change the pattern if they print codes of this form too`, ["code"]);
  return false;
}

function declared(form: CodePattern): string {
  return form.declaredIn ? `${form.declaredIn.field} in ${form.declaredIn.file}` : "the default";
}
