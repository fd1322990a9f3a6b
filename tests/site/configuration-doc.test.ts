/**
 * docs/configuration.md is the reference for `_data/site.json`: its table of keys must be the
 * schema's keys, no more and no fewer, the keys inside a set of keys too (`colours.brand`), each
 * with the schema's default and whether it is required, so that the reference cannot drift from
 * what `check` accepts.
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

interface KeySchema {
  default?: unknown;
  deprecated?: boolean;
  required?: string[];
  properties?: Record<string, KeySchema>;
}

const schema = readSiteSchema() as { required: string[]; properties: Record<string, KeySchema> };

/** Every key of the schema, a key inside a set of keys as `outer.inner`, with its schema and whether it is required. */
function schemaKeys(properties: Record<string, KeySchema> = schema.properties, required: string[] = schema.required, prefix = ""): { key: string; schema: KeySchema; required: boolean }[] {
  return Object.entries(properties).flatMap(([name, property]) => [
    { key: `${prefix}${name}`, schema: property, required: required.includes(name) },
    ...(property.properties ? schemaKeys(property.properties, property.required ?? [], `${prefix}${name}.`) : []),
  ]);
}

describe("docs/configuration.md", () => {
  it("documents every key of the site schema, and no key the schema does not have", () => {
    expect(documentedKeys().map((k) => k.key).sort()).toEqual(schemaKeys().map((k) => k.key).sort());
  });

  it("gives each key the schema's default, and says which keys are required", () => {
    const keys = new Map(schemaKeys().map((k) => [k.key, k]));
    for (const doc of documentedKeys()) {
      const key = keys.get(doc.key);
      const fallback = key?.schema.default;
      expect(doc.default, doc.key).toBe(fallback === undefined ? (key?.required ? "" : "none") : `\`${JSON.stringify(fallback)}\``);
      expect(doc.type.endsWith(", required"), doc.key).toBe(key?.required);
    }
  });

  it("gives an example that the check accepts, with every key", () => {
    const doc = readFileSync(join(PROJECT_ROOT, "docs/configuration.md"), "utf8");
    const example = /## An example\n+```json\n([\s\S]*?)```/.exec(doc)?.[1] ?? "";
    expect(parseSiteSettings("docs/configuration.md", example).problems).toEqual([]);
    // A former name, still read (`deprecated` in the schema), is not shown being used.
    const current = Object.keys(schema.properties).filter((key) => schema.properties[key]?.deprecated !== true);
    expect(Object.keys(JSON.parse(example)).sort()).toEqual(current.sort());
  });
});
