/**
 * `_data/site.json` is checked against src/site/site.schema.json with the messages content gets:
 * the file, the line and column of the key, what is wrong and what to write instead. The shipped
 * archive's passes; its defaults are filled in; its TypeScript type is the schema's.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatProblem } from "../../src/model/problems.ts";
import { siteConfig } from "../../src/site/config.ts";
import { DEFAULTED_KEYS, parseSiteSettings, readSiteSchema, readSiteSettings } from "../../src/site/site-settings.ts";
import { generateSiteSettingsTypes, SITE_TYPES_FILE } from "../../tools/site-settings-types.ts";
import { PROJECT_ROOT } from "../support/paths.ts";

const FILE = "_data/site.json";
const messages = (text: string) => parseSiteSettings(FILE, text).problems.map(formatProblem);
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const MINIMAL = { name: "Anyshire Scrutiny Panel papers", description: "Published papers of the Anyshire Scrutiny Panel.", statementDate: "2025-01-15" };

describe("the site configuration", () => {
  it("of the shipped archive passes", () => {
    const { settings, problems } = readSiteSettings(join(PROJECT_ROOT, FILE), PROJECT_ROOT);
    expect(problems).toEqual([]);
    expect(settings?.name).toBe("Kent and Medway Police and Crime Panel papers");
  });

  it("gets the schema's defaults for the keys it leaves out", () => {
    expect(parseSiteSettings(FILE, json(MINIMAL)).settings).toEqual({
      ...MINIMAL,
      url: "/",
      colours: { brand: "#1d70b8", link: "#1a65a6", focus: "#ffdd00" },
      knownIssues: [],
      nonCompliances: [],
      maxFileSizeMB: 50,
      licence: { name: "Open Government Licence v3.0", url: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/" },
      exemptInformation: "Part 1 of Schedule 12A to the Local Government Act 1972",
    });
    // A colour set alone leaves the others GOV.UK's.
    expect(parseSiteSettings(FILE, json({ ...MINIMAL, colours: { link: "#00703C" } })).settings?.colours).toEqual({ brand: "#1d70b8", link: "#00703c", focus: "#ffdd00" });
    // The type says these keys are always there: exactly the ones the schema gives a default.
    const properties = readSiteSchema().properties as Record<string, { default?: unknown }>;
    expect([...DEFAULTED_KEYS].sort()).toEqual(Object.keys(properties).filter((key) => properties[key]?.default !== undefined).sort());
  });

  it("refuses a misspelt key where it is written, suggesting the key meant", () => {
    expect(messages(json({ ...MINIMAL, contactEmial: "clerk@example.gov.uk" }))).toEqual([
      expect.stringMatching(/^_data\/site\.json:5:3 unknown field contactEmial: remove it; did you mean contactEmail\? \(fields here: name, description, .*\) \(contactEmial\)$/),
    ]);
  });

  it("names a required key that is missing, with how to write it in JSON", () => {
    const { statementDate: _left, ...rest } = MINIMAL;
    expect(messages(json(rest))).toEqual([
      '_data/site.json:1 missing field statementDate: add "statementDate": "2025-01-15" (the date the accessibility statement was prepared or last reviewed, YYYY-MM-DD) (statementDate)',
    ]);
  });

  it("says what is wrong with a value, at its line", () => {
    const text = json({ ...MINIMAL, statementDate: "15/01/2025", themeColour: "teal", name: 7, complianceStatus: "partly", knownIssues: "tables" });
    expect(messages(text)).toEqual([
      "_data/site.json:2:11 must be text, not number 7 (the archive's name, in every page's header and title): write it in \"double quotes\", e.g. \"7\" (name)",
      "_data/site.json:4:20 \"15/01/2025\" is not a date: write it as YYYY-MM-DD, here 2025-01-15 (statementDate)",
      expect.stringMatching(/^_data\/site\.json:5:18 "teal" is not in the right form: write the brand colour's former name, .*, as # and six hexadecimal digits, for example "#1d70b8" \(themeColour\)$/),
      '_data/site.json:6:23 "partly" is not allowed here: write one of full, partial, none; did you mean partial? (complianceStatus)',
      expect.stringMatching(/^_data\/site\.json:7:18 must be a list, not text "tables" \(.*\): write it in \[ \], each entry in "double quotes", e\.g\. \["tables"\] \(knownIssues\)$/),
    ]);
  });

  it("asks for a number without quotes where one is given as text", () => {
    expect(messages(json({ ...MINIMAL, maxFileSizeMB: "abc" }))).toEqual([
      expect.stringMatching(/^_data\/site\.json:5:20 must be number, not text "abc" \(.*\): write the number without quotes, e\.g\. 50 \(maxFileSizeMB\)$/),
    ]);
  });

  it("points at the place JSON stops making sense, and says what JSON needs", () => {
    expect(messages('{\n  "name": "A",\n  "description": "B",\n}\n')).toEqual([
      expect.stringMatching(/^_data\/site\.json:4:1 is not valid JSON \(.+\): write every key and every text in "double quotes", with a comma between two entries and none after the last$/),
    ]);
    expect(messages("")).toEqual([expect.stringMatching(/^_data\/site\.json:1 file is empty: /)]);
    expect(messages("[]")).toEqual([expect.stringMatching(/^_data\/site\.json:1 must be one set of keys in \{ \}/)]);
  });

  it("is required: without it, the archive is told how to make one", () => {
    const root = mkdtempSync(join(tmpdir(), "papers-no-site-"));
    expect(readSiteSettings(join(root, FILE), root).problems.map(formatProblem)).toEqual([expect.stringMatching(/^_data\/site\.json site configuration not found: run npx panel-papers init/)]);
  });

  it("stops a build's configuration with every problem, not a template error later", () => {
    const root = mkdtempSync(join(tmpdir(), "papers-bad-site-"));
    mkdirSync(join(root, "_data"));
    writeFileSync(join(root, FILE), json({ name: "A", description: "B" }));
    expect(() => siteConfig(root, {})).toThrow(/1 problem in the site configuration:\n_data\/site\.json:1 missing field statementDate/);
  });
});

describe("the site's colours", () => {
  it("refuse one whose contrast fails WCAG AA, at its line, with the ratio, the minimum and what to do", () => {
    const text = json({ ...MINIMAL, colours: { brand: "#5694ca", link: "#ffdd00", focus: "#1d70b8" } });
    expect(messages(text)).toEqual([
      '_data/site.json:6:14 "#5694ca" has a contrast of 3.24:1 with the header\'s white text, and WCAG 2.2 AA asks for at least 4.5:1: choose a darker colour; "#477ba8" (yours, darker) passes with 4.50:1, as does GOV.UK\'s "#1d70b8" (colours.brand)',
      '_data/site.json:7:13 "#ffdd00" has a contrast of 1.35:1 with the white page behind links, and WCAG 2.2 AA asks for at least 4.5:1: choose a darker colour; "#877500" (yours, darker) passes with 4.59:1, as does GOV.UK\'s "#1a65a6" (colours.link)',
      expect.stringMatching(/^_data\/site\.json:8:14 "#1d70b8" has a contrast of 3\.79:1 with the black text and underline govuk-frontend draws on it when a link or button has keyboard focus, and WCAG 2\.2 AA asks for at least 4\.5:1: choose a lighter colour; .* \(colours\.focus\)$/),
    ]);
    expect(parseSiteSettings(FILE, text).settings).toBeUndefined();
  });

  it("read themeColour, the brand colour's former name, where colours gives no brand, and check it as the brand colour", () => {
    expect(parseSiteSettings(FILE, json({ ...MINIMAL, themeColour: "#4C2C92" })).settings?.colours).toEqual({ brand: "#4c2c92", link: "#1a65a6", focus: "#ffdd00" });
    expect(messages(json({ ...MINIMAL, themeColour: "#ffdd00" }))).toEqual([expect.stringMatching(/^_data\/site\.json:5:18 "#ffdd00" has a contrast of 1\.35:1 with the header's white text, .* \(themeColour\)$/)]);
    // The same colour twice is no contradiction.
    expect(messages(json({ ...MINIMAL, themeColour: "#0B4F5C", colours: { brand: "#0b4f5c" } }))).toEqual([]);
    expect(messages(json({ ...MINIMAL, themeColour: "#4c2c92", colours: { brand: "#0b4f5c" } }))).toEqual([
      '_data/site.json:5:18 "#4c2c92" is not the brand colour, "#0b4f5c": themeColour is colours.brand\'s former name, and colours.brand now colours the header and the browser\'s toolbar both; remove themeColour (themeColour)',
    ]);
  });

  it("are the shipped archive's teal there, and nowhere by default", () => {
    expect(readSiteSettings(join(PROJECT_ROOT, FILE), PROJECT_ROOT).settings?.colours.brand).toBe("#0b4f5c");
    expect(JSON.stringify(parseSiteSettings(FILE, json(MINIMAL)).settings)).not.toMatch(/0b4f5c/i);
  });
});

describe("the site configuration's type", () => {
  it("is what the schema generates (run `npm run types` after changing it)", async () => {
    expect(readFileSync(SITE_TYPES_FILE, "utf8")).toBe(await generateSiteSettingsTypes());
  });
});
