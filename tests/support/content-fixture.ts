/**
 * Small content trees written to a temporary folder, for tests of the loader and the build:
 * a valid minimal archive to start from, and helpers to add or break files in it.
 */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export type Files = Record<string, string | Uint8Array>;

/** MINIMAL's meeting.md: items A1 (no papers) and A2 (a report), with `moreAgenda` lines after them. */
export function meetingFile(moreAgenda: string[] = []): string {
  return [
    "---",
    "type: meeting",
    "body: panel",
    "date: 2024-01-10",
    'time: "10:00"',
    "status: held",
    "agenda:",
    "  sections:",
    "    - letter: A",
    "      title: Business",
    "      items:",
    "        - code: A1",
    "          title: Apologies",
    "        - code: A2",
    "          title: A report",
    "          papers: [panel-2024-01-10/a2-report]",
    ...moreAgenda,
    "---",
    "Notice of the meeting.",
    "",
  ].join("\n");
}

/** A minimal valid archive: one body, two people, a meeting with an agenda, minutes and a paper. */
export const MINIMAL: Files = {
  "bodies/panel.md": "---\ntype: body\nname: Test Panel\nkind: panel\n---\n",
  "people/ann-able.md": "---\ntype: person\nname: Ann Able\nnames_as_printed: [Cllr A Able]\n---\n",
  "people/bob-baker.md": "---\ntype: person\nname: Bob Baker\n---\n",
  "meetings/panel-2024-01-10/meeting.md": meetingFile(),
  "meetings/panel-2024-01-10/a2-report.md": "---\ntype: report\ntitle: A report\n---\n## Introduction\n\nThe report text.\n",
  "meetings/panel-2024-01-10/minutes.md": [
    "---",
    "type: minutes",
    "title: Minutes of the meeting",
    "attendance:",
    "  present:",
    "    - { person: ann-able, as_printed: Cllr A Able }",
    "---",
    "## 1. Apologies {item=A1}",
    "",
    "1. Apologies were received from Bob Baker.",
    "",
    "## 2. A report {item=A2}",
    "",
    "::: resolved {does=note}",
    "RESOLVED that the report be noted.",
    ":::",
    "",
  ].join("\n"),
};

/** A fixture archive's site configuration (`_data/site.json`): the keys it must have, and no more. */
export const SITE_JSON = `${JSON.stringify({ name: "Test Panel papers", description: "Published papers of the Test Panel.", statementDate: "2024-01-01" }, null, 2)}\n`;

/**
 * Writes `files` (paths relative to content/) under a new temporary archive root, with a site
 * configuration unless the root has one; returns the root.
 */
export function writeContent(files: Files, root = mkdtempSync(join(tmpdir(), "papers-test-"))): string {
  for (const [path, text] of Object.entries(files)) {
    const full = join(root, "content", path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  const site = join(root, "_data/site.json");
  if (!existsSync(site)) {
    mkdirSync(dirname(site), { recursive: true });
    writeFileSync(site, SITE_JSON);
  }
  return root;
}

/**
 * MINIMAL plus an exempt item (B1, paragraph 3) with a paper and a file, an embargoed paper (item
 * A3, published from 2024-01-09T09:00Z) with a file as its appendix A, and a paper exempt by its own
 * `exempt: [1]` at an open item (A4). Each carries `canary` text in its body, header and own title,
 * so a test can look for it in every output file; the withheld files' and papers' names carry
 * "exempt-slug" or "embargo-slug", which no output may name either.
 */
export function withPrivatePapers(canary: { exempt: string; embargo: string }): Files {
  return {
    ...MINIMAL,
    "meetings/panel-2024-01-10/meeting.md": meetingFile([
      "        - code: A3",
      "          title: Budget update",
      "          papers: [panel-2024-01-10/a3-budget, panel-2024-01-10/a3-embargo-slug-tables.csv]",
      "        - code: A4",
      "          title: Partnership review",
      "          papers: [panel-2024-01-10/a4-exempt-slug-review]",
      "    - letter: B",
      "      title: Exempt items",
      "      part: exempt",
      "      items:",
      "        - code: B1",
      "          title: Award of the custody contract",
      "          exempt: [3]",
      "          papers: [panel-2024-01-10/b1-custody-contract, panel-2024-01-10/b1-exempt-slug-bids.csv]",
    ]),
    // Each withheld paper's and file's own title carries the canary: the agenda item's title is the agenda's words, theirs are not.
    "meetings/panel-2024-01-10/b1-custody-contract.md": `---\ntype: report\ntitle: Custody bids ${canary.exempt} title\nheader: { subject: "${canary.exempt} header" }\nexempt: [3]\n---\n## Tenders\n\nThe bids received were ${canary.exempt} and others.\n`,
    "meetings/panel-2024-01-10/b1-exempt-slug-bids.csv": "bidder,price\nA,1\n",
    "meetings/panel-2024-01-10/b1-exempt-slug-bids.csv.md": `---\ntype: file\ntitle: Bid prices ${canary.exempt} file title\n---\n`,
    "meetings/panel-2024-01-10/a3-budget.md": `---\ntype: report\ntitle: Budget ${canary.embargo} title\nheader: { subject: "${canary.embargo} header" }\npublish_from: 2024-01-09T09:00:00+00:00\n---\n## Figures\n\nThe proposed precept is ${canary.embargo}.\n`,
    "meetings/panel-2024-01-10/a3-embargo-slug-tables.csv": "line,amount\nPolicing,1\n",
    "meetings/panel-2024-01-10/a3-embargo-slug-tables.csv.md": `---\ntype: file\ntitle: Budget tables ${canary.embargo} file title\nparent: panel-2024-01-10/a3-budget\nappendix: A\n---\n`,
    "meetings/panel-2024-01-10/a4-exempt-slug-review.md": `---\ntype: report\ntitle: Review ${canary.exempt} own title\nexempt: [1]\n---\n## Review\n\nAbout ${canary.exempt}.\n`,
  };
}
