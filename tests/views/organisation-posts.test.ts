/**
 * The posts an organisation's page lists (src/views/organisation-summary.ts), in memory over the
 * shipped archive: a post the papers print in two forms is one line, not two alike.
 */
import { describe, expect, it } from "vitest";
import { organisationPosts } from "../../src/views/organisation-summary.ts";
import { byId, shippedArchive } from "./archives.ts";

describe("an organisation's posts", () => {
  it("name each person's post once, in the order the papers show them", () => {
    const archive = shippedArchive();
    const police = byId(archive.organisations, "kent-police");
    const drysdale = police.roles.filter((r) => r.person.id === "ian-drysdale");
    expect(drysdale.length).toBe(2);
    const posts = organisationPosts(police);
    expect(posts.filter((r) => r.person.id === "ian-drysdale")).toEqual([drysdale[0]]);
    for (const organisation of archive.organisations) {
      const lines = organisationPosts(organisation).map((r) => `${r.person.id} ${r.role}`);
      expect(new Set(lines).size, organisation.id).toBe(lines.length);
      expect(new Set(lines), organisation.id).toEqual(new Set(organisation.roles.map((r) => `${r.person.id} ${r.role}`)));
    }
  });
});
