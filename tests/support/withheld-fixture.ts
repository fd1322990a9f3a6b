/**
 * Additions to the shipped content for the fail-closed acceptance test (tests/security/withheld-graph.test.ts):
 * papers that must stay private, each field that can carry text filled with a canary word of its
 * own, so a test can name exactly which field reached which output file.
 *
 * - kmpcp-2024-11-20 (a new Panel meeting): `zz-exempt` (exempt: [3], tabled at item A2), its
 *   appendix `z-appendix` and grand-appendix `a-grand` (file names sorting before their parents'),
 *   a work programme `b-work-programme` whose parent is the exempt paper, an exempt item (A4,
 *   exempt: [1]) with a paper and that paper's appendix, and one embargoed paper for each form of
 *   `publish_from` (item A3), all after the build clock.
 * - kmpcp-2024-11-27 (a new Panel meeting): minutes whose parent is the exempt paper, with
 *   attendance, actions, resolutions (electing, approving, following up, noting a decision),
 *   questions, answers and declarations about existing people, organisations, topics and decisions.
 *
 * Canaries are lower-case words that a stemmer leaves whole (they end in "7q") and that contain
 * no other canary.
 *
 * Fields that cannot carry a canary, so none is put there: `period`, `date` and `due` (dates),
 * `appendix` (one to three capitals or digits), and the identifiers of existing things (`author`,
 * `topics`, `parent`, `raised_at`, `discharged_at`, `minute`, `requested_by`, attendance's
 * `person` and `for`). `series` and a list's `key` are identifiers too, but of nothing else: they
 * carry canaries.
 */
import type { Files } from "./content-fixture.ts";

/** The build clock of the acceptance test: every `publish_from` below is after it. */
export const GRAPH_NOW = "2026-12-01T12:00:00Z";

export const EXEMPT_MEETING = "kmpcp-2024-11-20";
export const MINUTES_MEETING = "kmpcp-2024-11-27";

export interface Canary {
  word: string;
  /** What carries it, e.g. "zz-exempt header.subject". */
  where: string;
  /**
   * A paper's own title, or other text: neither may appear in any output. The agenda that tables a
   * withheld paper says it is there, and why, by its item's title, never by the paper's own.
   */
  kind: "title" | "text";
}

/** A withheld paper: its identifier and the URL path it would have if it were published. */
export interface WithheldPaper {
  id: string;
  url: string;
  why: string;
}

export interface WithheldGraph {
  files: Files;
  canaries: Canary[];
  withheld: WithheldPaper[];
  /** The publish_from forms, by the paper that carries each. */
  embargoes: { id: string; publishFrom: string }[];
}

/**
 * One of each form the schema accepts, all after GRAPH_NOW; the last three are within two seconds
 * of it, in three zones. A time without seconds (2027-01-15T09:00+00:00) is not among them: the
 * schema refuses it (common.schema.json dateTime: "with seconds and its zone"), so it is one of
 * the odd values of tests/model/property.test.ts instead.
 */
export const EMBARGO_FORMS: readonly { name: string; value: string }[] = [
  { name: "zulu", value: "2027-01-15T09:00:00Z" },
  { name: "plusone", value: "2027-06-15T09:00:00+01:00" },
  { name: "minusfive", value: "2027-01-15T09:00:00-05:00" },
  { name: "seconds", value: "2027-01-15T09:00:30+00:00" },
  { name: "fraction", value: "2027-01-15T09:00:00.250Z" },
  { name: "nearzulu", value: "2026-12-01T12:00:00.001Z" },
  { name: "nearnewyork", value: "2026-12-01T07:00:01-05:00" },
  { name: "nearplusone", value: "2026-12-01T13:00:01+01:00" },
];

export function withheldGraph(): WithheldGraph {
  const canaries: Canary[] = [];
  /** A text canary: in no output file at all. */
  const t = (paper: string, field: string): string => {
    const word = `zq${(paper + field).replace(/[^a-z0-9]/g, "")}7q`;
    canaries.push({ word, where: `${paper} ${field}`, kind: "text" });
    return word;
  };
  /** A title canary: in no output file either, whether or not an agenda tables the paper. */
  const title = (paper: string): string => {
    const word = `zq${paper.replace(/[^a-z0-9]/g, "")}title7q`;
    canaries.push({ word, where: `${paper} title`, kind: "title" });
    return word;
  };

  /** Front matter lines every paper can carry, each with a canary: header, version, series, lists. */
  const paperFields = (paper: string): string[] => [
    `version: ${t(paper, "version")}`,
    "header:",
    `  from: ${t(paper, "headerfrom")}`,
    `  by: ${t(paper, "headerby")}`,
    `  to: ${t(paper, "headerto")}`,
    `  subject: ${t(paper, "headersubject")}`,
    `  date: ${t(paper, "headerdate")}`,
    `series: ${t(paper, "series")}`,
    "lists:",
    `  - key: ${t(paper, "listkey")}`,
    `    title: ${t(paper, "listtitle")}`,
    `    entries: [${t(paper, "listentryone")}, ${t(paper, "listentrytwo")}]`,
  ];
  /** A paper's text: headings (their anchors come from their words), an explicit anchor, a table, links out. */
  const paperBody = (paper: string): string[] => [
    `## Background ${t(paper, "heading")}`,
    "",
    `The paper says ${t(paper, "paragraph")} in its first paragraph, and refers to [minute 114](@kmpcp-2024-07-16/minutes#m114) and [the PEEL update](@kmpcp-2024-10-10/b3-hmicfrs-peel-update).`,
    "",
    "## Figures {#" + t(paper, "anchor") + "}",
    "",
    "| Line | Amount |",
    "|---|---|",
    `| ${t(paper, "tablecell")} | 100 |`,
    "",
    `- ${t(paper, "listitem")}`,
    "",
  ];
  /** A paper, its title and every field carrying a canary of its own. */
  const paper = (name: string, lines: string[], body = paperBody(name)) =>
    ["---", ...lines, `title: ${title(name)} paper`, ...paperFields(name), "---", ...body].join("\n");

  const M = EXEMPT_MEETING;
  const N = MINUTES_MEETING;
  const files: Files = {};
  const withheld: WithheldPaper[] = [];
  const add = (meeting: string, name: string, why: string, text: string) => {
    files[`meetings/${meeting}/${name}.md`] = text;
    withheld.push({ id: `${meeting}/${name}`, url: `/meetings/${meeting}/${name}/`, why });
  };

  // The exempt paper, its appendix and grand-appendix (whose names sort before their parents').
  add(M, "zz-exempt", "exempt: [3] on itself", paper("zz-exempt", ["type: report", "author: gaetano-romagnuolo", "date: 2024-11-20", "period: { from: 2024-04-01, to: 2024-09-30 }", "topics: [peel]", "exempt: [3]"]));
  add(M, "z-appendix", "parent is zz-exempt", paper("z-appendix", ["type: appendix", `parent: ${M}/zz-exempt`, "appendix: A", "author: gaetano-romagnuolo", "topics: [peel, road-safety]"]));
  add(M, "a-grand", "parent is z-appendix, whose parent is zz-exempt", paper("a-grand", ["type: appendix", `parent: ${M}/z-appendix`, "appendix: B", "author: gaetano-romagnuolo", "topics: [shoplifting]"]));

  // A work programme whose parent is the exempt paper, planning business for an existing meeting.
  add(
    M,
    "b-work-programme",
    "parent is zz-exempt",
    paper("b-work-programme", [
      "type: work-programme",
      `parent: ${M}/zz-exempt`,
      "date: 2024-11-20",
      "entries:",
      "  - meeting: kmpcp-2024-12-18",
      `    title: ${t("b-work-programme", "entryonetitle")}`,
      `    source: ${t("b-work-programme", "entryonesource")}`,
      `    lead: ${t("b-work-programme", "entryonelead")}`,
      '    requested_by: "@kmpcp-2024-07-16/minutes#m114"',
      "    topics: [road-safety]",
      "  - meeting: kmpcp-2024-12-18",
      `    title: ${t("b-work-programme", "entrytwotitle")}`,
      `    source: ${t("b-work-programme", "entrytwosource")}`,
      `    lead: ${t("b-work-programme", "entrytwolead")}`,
      "standing:",
      `  - { kind: each-meeting, heading: ${t("b-work-programme", "standingheading")}, title: ${t("b-work-programme", "standingtitle")} }`,
    ]),
  );

  // An exempt agenda item (A4) with a paper that is not exempt itself, and that paper's appendix.
  add(M, "zz-item-exempt", "tabled at item A4, exempt: [1]", paper("zz-item-exempt", ["type: report", "topics: [complaints]"]));
  add(M, "c-item-appendix", "parent is zz-item-exempt", paper("c-item-appendix", ["type: appendix", `parent: ${M}/zz-item-exempt`, "appendix: A"]));

  // One embargoed paper per form of publish_from, all after the build clock.
  const embargoes: { id: string; publishFrom: string }[] = [];
  for (const form of EMBARGO_FORMS) {
    const name = `embargo-${form.name}`;
    add(M, name, `publish_from: ${form.value}`, paper(name, ["type: report", "topics: [budget-and-precept]", `publish_from: ${form.value}`]));
    embargoes.push({ id: `${M}/${name}`, publishFrom: form.value });
  }

  files[`meetings/${M}/meeting.md`] = [
    "---",
    "type: meeting",
    "body: kmpcp",
    "date: 2024-11-20",
    'time: "10:00"',
    "date_as_printed: Wednesday, 20th November, 2024, at 10.00 am",
    "venue: Council Chamber, Sessions House, County Hall, Maidstone",
    "status: held",
    "issued: 2024-11-12",
    "agenda:",
    "  sections:",
    "    - letter: A",
    "      title: Committee Business",
    "      part: unrestricted",
    "      items:",
    "        - code: A1",
    "          title: Apologies and Substitutes",
    "        - code: A2",
    "          title: Custody contract review",
    `          papers: [${M}/zz-exempt]`,
    "        - code: A3",
    "          title: Budget papers",
    `          papers: [${EMBARGO_FORMS.map((f) => `${M}/embargo-${f.name}`).join(", ")}]`,
    "    - letter: B",
    "      title: Exempt items",
    "      part: exempt",
    "      items:",
    "        - code: A4",
    "          title: Award of the estates contract",
    "          exempt: [1]",
    `          papers: [${M}/zz-item-exempt]`,
    "---",
    "Notice is hereby given of a meeting of the Panel.",
    "",
  ].join("\n");

  files[`meetings/${N}/meeting.md`] = [
    "---",
    "type: meeting",
    "body: kmpcp",
    "date: 2024-11-27",
    'time: "10:00"',
    "venue: Council Chamber, Sessions House, County Hall, Maidstone",
    "status: held",
    "agenda:",
    "  sections:",
    "    - letter: A",
    "      title: Committee Business",
    "      items:",
    "        - code: A1",
    "          title: Apologies and Substitutes",
    "        - code: A2",
    "          title: Declarations of Interests",
    "        - code: A3",
    "          title: Election of Chair",
    "        - code: A4",
    "          title: Minutes of the meeting held on 16 July 2024",
    "          minutes_of: kmpcp-2024-07-16",
    "        - code: A5",
    "          title: Questions to the Commissioner",
    "        - code: A6",
    "          title: Decisions of the Commissioner",
    "---",
    "Notice is hereby given of a meeting of the Panel.",
    "",
  ].join("\n");

  // Minutes of another meeting whose parent is the exempt paper: every kind of record.
  const m = "minutes";
  const attendee = (person: string, field: string, extra = "") => `    - { person: ${person}, as_printed: ${t(m, field)}${extra} }`;
  add(
    N,
    "minutes",
    "parent is zz-exempt",
    [
      "---",
      "type: minutes",
      `title: ${title("minutes")} minutes`,
      `parent: ${M}/zz-exempt`,
      `version: ${t(m, "version")}`,
      "header:",
      `  from: ${t(m, "headerfrom")}`,
      `  subject: ${t(m, "headersubject")}`,
      `series: ${t(m, "series")}`,
      "lists:",
      `  - { key: ${t(m, "listkey")}, title: ${t(m, "listtitle")}, entries: [${t(m, "listentry")}] }`,
      "attendance:",
      "  present:",
      attendee("mike-hill", "presentasprinted", `, group: ${t(m, "presentgroup")}`),
      attendee("peter-feacey", "presenttwoasprinted"),
      "  also_present:",
      attendee("matthew-scott", "alsopresentasprinted"),
      "  in_attendance:",
      attendee("anna-taylor", "inattendanceasprinted"),
      "  apologies:",
      attendee("connie-nolan", "apologiesasprinted"),
      attendee("richard-wells", "apologiessubstituteasprinted", ", for: richard-palmer"),
      "  substitutes:",
      attendee("eddie-peake", "substitutesasprinted", ", for: perry-cole"),
      "  attendees:",
      attendee("tim-smith", "attendeesasprinted", `, group: ${t(m, "attendeesgroup")}`),
      "actions:",
      `  - text: ${t(m, "actiononetext")}`,
      `    owner: ${t(m, "actiononeowner")}`,
      "    due: 2025-01-15",
      "    status: open",
      "    minute: m901",
      `  - text: ${t(m, "actiontwotext")}`,
      `    owner: ${t(m, "actiontwoowner")}`,
      "    status: discharged",
      "    raised_at: kmpcp-2024-07-16",
      `    discharged_at: ${N}`,
      "---",
      `## 901. Apologies ${t(m, "headingone")} {item=A1 topics=shoplifting}`,
      "",
      `1. ${t(m, "paragraphone")} apologies were received.`,
      "",
      `## 902. Declarations ${t(m, "headingtwo")} {item=A2}`,
      "",
      "::: declaration {person=peter-feacey item=A2}",
      `Cllr Feacey declared ${t(m, "declaration")}.`,
      ":::",
      "",
      `## 903. Election of Chair ${t(m, "headingthree")} {item=A3 #${t(m, "anchor")}}`,
      "",
      "::: resolved {does=elect elects=mike-hill role=chair}",
      `RESOLVED that ${t(m, "resolvedelect")} be elected Chair.`,
      ":::",
      "",
      `## 904. Minutes ${t(m, "headingfour")} {item=A4}`,
      "",
      "::: resolved {does=approve approves=kmpcp-2024-07-16}",
      `RESOLVED that the minutes ${t(m, "resolvedapprove")} are correctly recorded.`,
      ":::",
      "",
      `## 905. Questions ${t(m, "headingfive")} {item=A5}`,
      "",
      "::: question {asker=mike-blakemore council=folkestone-and-hythe-district-council number=1}",
      `Cllr Blakemore asked ${t(m, "question")}.`,
      ":::",
      "",
      "::: answer",
      `The Commissioner answered ${t(m, "answer")}.`,
      ":::",
      "",
      "::: resolved {does=note follow_up=kmpcp-2024-12-18}",
      `RESOLVED that ${t(m, "resolvedfollowup")} be reported back.`,
      ":::",
      "",
      `## 906. Decisions ${t(m, "headingsix")} {item=A6 decisions=opcc-d-035-24}`,
      "",
      "::: resolved {does=note decision=opcc-d-035-24}",
      `RESOLVED that ${t(m, "resolveddecision")} be noted.`,
      ":::",
      "",
    ].join("\n"),
  );

  for (const a of canaries) {
    for (const b of canaries) if (a !== b && a.word.includes(b.word)) throw new Error(`canary ${a.word} contains ${b.word}`);
  }
  return { files, canaries, withheld, embargoes };
}
