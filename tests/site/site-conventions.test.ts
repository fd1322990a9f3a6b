/**
 * What `_data/site.json` adds to the content model: roles and kinds of organisation with their
 * labels, and the form of decision codes. Checked as the rest of the file is, each mistake at its
 * line with what to write instead; and the content is checked against them, read from the archive's
 * folder, even while another key of the file has a problem.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadArchive } from "../../src/model/load.ts";
import { formatProblem } from "../../src/model/problems.ts";
import { parseSiteSettings } from "../../src/site/site-settings.ts";
import { MINIMAL, writeContent } from "../support/content-fixture.ts";

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
