/**
 * docs/configuration.md is the reference for `_data/site.json`: its table of keys must be the
 * schema's keys, no more and no fewer, each with the schema's default and whether it is required,
 * so that the reference cannot drift from what `check` accepts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseSiteSettings, readSiteSchema } from "../../src/site/site-settings.ts";
import { PROJECT_ROOT } from "../support/paths.ts";

interface DocumentedKey {
  key: string;
  type: string;
  default: string;
}

/** The rows of the table under "## Keys": `key` | type | default | meaning. */
function documentedKeys(): DocumentedKey[] {
  const doc = readFileSync(join(PROJECT_ROOT, "docs/configuration.md"), "utf8");
  const section = doc.slice(doc.indexOf("\n## Keys"), doc.indexOf("\n## ", doc.indexOf("\n## Keys") + 1));
  return section
    .split("\n")
    .filter((line) => /^\| `/.test(line))
    .map((line) => {
      const [key = "", type = "", fallback = ""] = line.split("|").slice(1).map((cell) => cell.trim());
      return { key: key.replace(/`/g, ""), type, default: fallback };
    });
}

const schema = readSiteSchema() as { required: string[]; properties: Record<string, { default?: unknown }> };

describe("docs/configuration.md", () => {
  it("documents every key of the site schema, and no key the schema does not have", () => {
    expect(documentedKeys().map((k) => k.key).sort()).toEqual(Object.keys(schema.properties).sort());
  });

  it("gives each key the schema's default, and says which keys are required", () => {
    for (const doc of documentedKeys()) {
      const fallback = schema.properties[doc.key]?.default;
      expect(doc.default, doc.key).toBe(fallback === undefined ? (schema.required.includes(doc.key) ? "" : "none") : `\`${JSON.stringify(fallback)}\``);
      expect(doc.type.endsWith(", required"), doc.key).toBe(schema.required.includes(doc.key));
    }
  });

  it("gives an example that the check accepts, with every key", () => {
    const doc = readFileSync(join(PROJECT_ROOT, "docs/configuration.md"), "utf8");
    const example = /## An example\n+```json\n([\s\S]*?)```/.exec(doc)?.[1] ?? "";
    expect(parseSiteSettings("docs/configuration.md", example).problems).toEqual([]);
    expect(Object.keys(JSON.parse(example)).sort()).toEqual(Object.keys(schema.properties).sort());
  });
});
