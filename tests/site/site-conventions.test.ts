/**
 * What `_data/site.json` adds to the content model: roles and kinds of organisation with their
 * labels, and the form of decision codes. Checked as the rest of the file is, each mistake at its
 * line with what to write instead; and the content is checked against them, read from the archive's
 * folder, even while another key of the file has a problem, but not while the file cannot be read at
 * all: what it declares is unknown, and its one problem is the one reported.
 */
import { mkdirSync, rmSync, truncateSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadArchive } from "../../src/model/load.ts";
import { formatProblem } from "../../src/model/problems.ts";
import { parseSiteSettings } from "../../src/site/site-settings.ts";
import { type Files, MINIMAL, meetingFile, writeContent } from "../support/content-fixture.ts";

const FILE = "_data/site.json";
const BASE = { name: "Anyshire papers", description: "Papers.", statementDate: "2025-01-15" };
const messages = (extra: Record<string, unknown>) => parseSiteSettings(FILE, `${JSON.stringify({ ...BASE, ...extra }, null, 2)}\n`).problems.map(formatProblem);

describe("the site's roles, kinds of organisation and decision code form", () => {
  it("are accepted as identifiers with their labels, and a pattern with an example it takes", () => {
    const extra = { roles: { "democratic-services-officer": "Democratic Services Officer", chair: "Chairman" }, organisationKinds: { "nhs-trust": "NHS trust" }, decisionCode: { pattern: "^KD/\\d{4}/\\d{3}$", example: "KD/2025/014" } };
    const { settings, problems } = parseSiteSettings(FILE, JSON.stringify({ ...BASE, ...extra }));
    expect(problems).toEqual([]);
    expect(settings).toMatchObject(extra);
  });

  it("refuse an identifier that is none, once, at its key, with the identifier it could be", () => {
    expect(messages({ roles: { "Cabinet Member": "Cabinet Member" } })).toEqual([
      '_data/site.json:6:5 "Cabinet Member" is not an identifier: write lower-case letters, digits and single hyphens, e.g. "cabinet-member", and the words pages show after the colon (roles.Cabinet Member)',
    ]);
  });

  it("refuse a list where keys and labels go, and a label that is no text", () => {
    expect(messages({ roles: ["chair"], organisationKinds: { "nhs-trust": 3 } })).toEqual([
      expect.stringMatching(/^_data\/site\.json:5:12 must be a set of keys, not a list \(.*\): write it in \{ \}, each entry as "name": value, e\.g\. \{"democratic-services-officer":"Democratic Services Officer","chair":"Chairman"\} \(roles\)$/),
      '_data/site.json:9:18 must be text, not number 3: write it in "double quotes", e.g. "3" (organisationKinds.nhs-trust)',
    ]);
  });

  it("refuse a decision code pattern the check cannot read, an example it refuses, and a missing example, each at its line", () => {
    expect(messages({ decisionCode: { pattern: "^KD/(\\d{4}/\\d{3}$", example: "KD/2025/014" } })).toEqual([
      '_data/site.json:6:16 "^KD/(\\\\d{4}/\\\\d{3}$" is not a regular expression the check can read (Unterminated group): write the form of the decision codes as a JavaScript regular expression, e.g. "KD/\\\\d{4}/\\\\d{3}" for KD/2025/014 (decisionCode.pattern)',
    ]);
    expect(messages({ decisionCode: { pattern: "^KD/\\d{4}/\\d{3}$", example: "KD/25/014" } })).toEqual([
      '_data/site.json:7:16 example "KD/25/014" does not match the pattern ^KD/\\d{4}/\\d{3}$: write one of the decision codes as the papers print it, which the pattern accepts, or correct the pattern (decisionCode.example)',
    ]);
    expect(messages({ decisionCode: { pattern: "^KD/\\d{4}/\\d{3}$" } })).toEqual([
      '_data/site.json:5:3 missing field example: add "example": "KD/2025/014" in decisionCode (one decision code as the papers print it, which the pattern accepts) (decisionCode.example)',
    ]);
  });
});

describe("content checked against the site's roles and kinds", () => {
  const roots: string[] = [];
  afterAll(() => {
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  });

  const archiveWith = (site: Record<string, unknown>) => {
    const root = writeContent({
      ...MINIMAL,
      "people/bob-baker.md": "---\ntype: person\nname: Bob Baker\nroles:\n  - { role: democratic-services-officer, organisation: anyshire-trust }\n---\n",
      "organisations/anyshire-trust.md": "---\ntype: organisation\nname: Anyshire Trust\nkind: nhs-trust\n---\n",
    });
    roots.push(root);
    mkdirSync(join(root, "_data"), { recursive: true });
    writeFileSync(join(root, FILE), JSON.stringify({ ...BASE, ...site }));
    return loadArchive({ projectRoot: root });
  };

  it("accepts a role and a kind the site adds, and names them in the site's words", () => {
    const { archive, problems } = archiveWith({ roles: { "democratic-services-officer": "Democratic Services Officer" }, organisationKinds: { "nhs-trust": "NHS trust" } });
    expect(problems.map(formatProblem)).toEqual([]);
    expect([...archive.vocabulary.roles]).toEqual([["democratic-services-officer", "Democratic Services Officer"]]);
  });

  it("refuses them where the site does not add them", () => {
    const { problems } = archiveWith({});
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^content\/organisations\/anyshire-trust\.md:4:7 kind nhs-trust is not a kind of organisation this archive knows/),
      expect.stringMatching(/^content\/people\/bob-baker\.md:5:13 role democratic-services-officer is not one this archive knows/),
    ]);
  });

  it("reads them while another key of the site configuration has a problem, which the site check reports", () => {
    const { problems } = archiveWith({ statementDate: "15/01/2025", roles: { "democratic-services-officer": "Democratic Services Officer" }, organisationKinds: { "nhs-trust": "NHS trust" } });
    expect(problems.map(formatProblem)).toEqual([]);
  });
});

describe("content checked against a site file that cannot be read", () => {
  const roots: string[] = [];
  afterAll(() => {
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  });

  const ROLES_AND_KINDS: Files = {
    "people/bob-baker.md": "---\ntype: person\nname: Bob Baker\nroles:\n  - { role: democratic-services-officer, organisation: anyshire-trust }\n---\n",
    "organisations/anyshire-trust.md": "---\ntype: organisation\nname: Anyshire Trust\nkind: nhs-trust\n---\n",
  };
  /** The content's problems with `_data/site.json` holding `site` (none: no file at all). */
  const problemsWith = (site: string | undefined, files: Files = {}) => {
    const root = writeContent({ ...MINIMAL, ...ROLES_AND_KINDS, ...files });
    roots.push(root);
    if (site === undefined) unlinkSync(join(root, FILE));
    else writeFileSync(join(root, FILE), site);
    return loadArchive({ projectRoot: root }).problems.map(formatProblem);
  };
  const declaring = { ...BASE, roles: { "democratic-services-officer": "Democratic Services Officer" }, organisationKinds: { "nhs-trust": "NHS trust" } };
  // The file above, as an officer leaves it mid-edit: a comma after the last entry.
  const trailingComma = JSON.stringify(declaring, null, 2).replace(/\n}$/, ",\n}");

  it("refuses no role or kind it may declare: an empty file, invalid JSON or a list reports its own problem alone", () => {
    expect(() => JSON.parse(trailingComma)).toThrow();
    for (const site of ["", "\n", trailingComma, "[]"]) expect(problemsWith(site), JSON.stringify(site)).toEqual([]);
  });

  it("still reports the content's problems that do not depend on it", () => {
    // The role is not refused, but the organisation it names, which no site setting declares, is.
    const person = { "people/bob-baker.md": "---\ntype: person\nname: Bob Baker\nroles:\n  - { role: democratic-services-officer, organisation: anyshire-trsut }\n---\n" };
    expect(problemsWith(trailingComma, person)).toEqual([expect.stringMatching(/^content\/people\/bob-baker\.md:5:\d+ .*anyshire-trsut.*anyshire-trust/)]);
  });

  it("does not refuse a file over the default cap, which it may raise, nor read it", () => {
    const root = writeContent({
      ...MINIMAL,
      "meetings/panel-2024-01-10/meeting.md": meetingFile(["        - code: A3", "          title: Accounts", "          papers: [panel-2024-01-10/accounts.pdf]"]),
      "meetings/panel-2024-01-10/accounts.pdf": "",
    });
    roots.push(root);
    // Sparse: a byte over the 50 MB default on disk in name only, cheap to make, and never read.
    truncateSync(join(root, "content/meetings/panel-2024-01-10/accounts.pdf"), 50_000_001);
    writeFileSync(join(root, FILE), trailingComma);
    expect(loadArchive({ projectRoot: root }).problems.map(formatProblem)).toEqual([]);
    writeFileSync(join(root, FILE), JSON.stringify(BASE));
    expect(loadArchive({ projectRoot: root }).problems.map(formatProblem)).toEqual([expect.stringMatching(/accounts\.pdf:1 accounts\.pdf is 50\.0 MB, over the 50\.0 MB limit/)]);
  });

  it("checks them against the built-in ones where there is no file, as against the one init writes", () => {
    expect(problemsWith(undefined)).toEqual([
      expect.stringMatching(/^content\/organisations\/anyshire-trust\.md:4:7 kind nhs-trust is not a kind of organisation this archive knows/),
      expect.stringMatching(/^content\/people\/bob-baker\.md:5:13 role democratic-services-officer is not one this archive knows/),
    ]);
  });
});
