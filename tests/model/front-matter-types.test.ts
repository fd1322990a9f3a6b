/**
 * The front-matter types are generated from the JSON Schemas (tools/front-matter-types.ts): the
 * committed file must be exactly what the schemas give, so a schema change without `npm run types`
 * fails here rather than letting the types and the schemas drift apart.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GENERATED_FILE, generateFrontMatterTypes } from "../../tools/front-matter-types.ts";

describe("front-matter types", () => {
  it("are what the schemas generate (run `npm run types` after changing a schema)", async () => {
    expect(readFileSync(GENERATED_FILE, "utf8")).toBe(await generateFrontMatterTypes());
  });
});
