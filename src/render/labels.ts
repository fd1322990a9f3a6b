/** Words readers see for the model's codes: document types, roles, statuses, attendance, page kinds. */
import type { BuiltInOrganisationKind, BuiltInRole, Vocabulary } from "../model/conventions.ts";
import type { DocumentType } from "../model/document-types.ts";

/**
 * One label for every document type the model allows: typed against the model's one list, so a
 * new type cannot reach a page without a label.
 */
export const DOCUMENT_TYPE_LABELS: Readonly<Record<DocumentType, string>> = {
  minutes: "Minutes",
  notes: "Meeting notes",
  report: "Report",
  appendix: "Appendix",
  "work-programme": "Work programme",
  "annual-report": "Annual report",
  "candidate-pack": "Candidate pack",
  plan: "Plan",
  letter: "Letter",
  other: "Paper",
};

/** The kinds of page, other than papers, that search results show and filter by. */
export const PAGE_KIND_LABELS = {
  agenda: "Agenda",
  decision: "Decision",
  person: "Person",
  organisation: "Organisation",
  body: "Body",
  topic: "Topic",
} as const;

export type PageKind = keyof typeof PAGE_KIND_LABELS;

/** One label for every built-in role: typed against the model's list, so a new role cannot reach a page without one. */
export const ROLE_LABELS: Readonly<Record<BuiltInRole, string>> = {
  member: "Member",
  chair: "Chair",
  "vice-chair": "Vice-Chair",
  "independent-member": "Independent Member",
  "co-opted-member": "Co-opted member",
  substitute: "Substitute",
  commissioner: "Police and Crime Commissioner",
  "chief-executive": "Chief Executive",
  "chief-finance-officer": "Chief Finance Officer",
  "chief-constable": "Chief Constable",
  "temporary-chief-constable": "Temporary Chief Constable",
  "deputy-chief-constable": "Deputy Chief Constable",
  "deputy-chief-officer": "Deputy Chief Officer",
  officer: "Officer",
  leader: "Leader",
  "deputy-leader": "Deputy Leader",
  "cabinet-member": "Cabinet Member",
  "portfolio-holder": "Portfolio Holder",
  mayor: "Mayor",
  "chief-fire-officer": "Chief Fire Officer",
  "deputy-chief-fire-officer": "Deputy Chief Fire Officer",
};

/** One label for every built-in kind of organisation. */
export const ORGANISATION_KIND_LABELS: Readonly<Record<BuiltInOrganisationKind, string>> = {
  council: "Council",
  cabinet: "Cabinet",
  police: "Police force",
  "fire-and-rescue": "Fire and rescue service",
  oversight: "Oversight body",
  "political-group": "Political group",
  company: "Company",
  charity: "Charity",
  government: "Government",
  other: "Other",
};

const LABELS: Record<string, string> = {
  ...DOCUMENT_TYPE_LABELS,
  ...ROLE_LABELS,
  held: "Held",
  scheduled: "Scheduled",
  cancelled: "Cancelled",
  referenced: "Mentioned in the papers",
  present: "Present",
  "also-present": "Also present",
  "in-attendance": "In attendance",
  apologies: "Apologies",
  attendee: "Attendee",
  open: "Open",
  discharged: "Discharged",
  panel: "Panel",
  board: "Board",
  committee: "Committee",
  "sub-committee": "Sub-committee",
};

export function labelOf(value: string): string {
  return LABELS[value] ?? value;
}

/**
 * A role as pages name it: the site's own words for it (`_data/site.json` `roles`), which may
 * rename a built-in one (a fire panel's Commissioner, a council's Chairman), else the built-in label.
 */
export function roleLabel(role: string, vocabulary: Vocabulary): string {
  return vocabulary.roles.get(role) ?? (Object.hasOwn(ROLE_LABELS, role) ? ROLE_LABELS[role as BuiltInRole] : role);
}

/** A kind of organisation as pages name it: the site's own words for it, else the built-in label. */
export function organisationKindLabel(kind: string, vocabulary: Vocabulary): string {
  return vocabulary.organisationKinds.get(kind) ?? (Object.hasOwn(ORGANISATION_KIND_LABELS, kind) ? ORGANISATION_KIND_LABELS[kind as BuiltInOrganisationKind] : kind);
}

/** The law an English council's or panel's exempt items cite, unless the site names another (site.json `exemptInformation`). */
export const EXEMPT_INFORMATION = "Part 1 of Schedule 12A to the Local Government Act 1972";

/** What an exempt item shows instead of its papers: the paragraphs of the law it cites. */
export function exemptionText(paragraphs: readonly number[], law: string = EXEMPT_INFORMATION): string {
  return `Exempt: ${exemptionGrounds(paragraphs, law)}`;
}

/** "paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972", "paragraphs 1, 2 and 3 of …". */
export function exemptionGrounds(paragraphs: readonly number[], law: string = EXEMPT_INFORMATION): string {
  const list = paragraphs.length === 1 ? `paragraph ${paragraphs[0]}` : `paragraphs ${paragraphs.slice(0, -1).join(", ")} and ${paragraphs[paragraphs.length - 1]}`;
  return `${list} of ${law}`;
}
