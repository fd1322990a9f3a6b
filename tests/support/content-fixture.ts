/**
 * Small content trees written to a temporary folder, for tests of the loader and the build:
 * a valid minimal archive to start from, and helpers to add or break files in it.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export type Files = Record<string, string | Uint8Array>;

/** A minimal valid archive: one body, two people, a meeting with an agenda, minutes and a paper. */
export const MINIMAL: Files = {
  "bodies/panel.md": "---\ntype: body\nname: Test Panel\nkind: panel\n---\n",
  "people/ann-able.md": "---\ntype: person\nname: Ann Able\nnames_as_printed: [Cllr A Able]\n---\n",
  "people/bob-baker.md": "---\ntype: person\nname: Bob Baker\n---\n",
  "meetings/panel-2024-01-10/meeting.md": [
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
    "---",
    "Notice of the meeting.",
    "",
  ].join("\n"),
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

/** Writes `files` (paths relative to content/) under a new temporary project root; returns the root. */
export function writeContent(files: Files, root = mkdtempSync(join(tmpdir(), "papers-test-"))): string {
  for (const [path, text] of Object.entries(files)) {
    const full = join(root, "content", path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  return root;
}
