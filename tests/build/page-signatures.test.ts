/**
 * Page signatures (src/build/page-signatures.ts) in memory: equal for the same content however the
 * build names its folder.
 */
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { pageSignatures } from "../../src/build/page-signatures.ts";
import { SITE_FILE, siteConventionsOf } from "../../src/model/conventions.ts";
import { loadArchive } from "../../src/model/load.ts";
import { readSiteFileLeniently } from "../../src/model/site-file.ts";
import { withPages } from "../../src/views/published.ts";
import { PROJECT_ROOT } from "../support/paths.ts";

/** The shipped site's conventions, whichever folder the content is read from. */
const site = siteConventionsOf(readSiteFileLeniently(PROJECT_ROOT), SITE_FILE);

function signaturesOf(projectRoot: string, contentDir: string): Map<string, string> {
  const { archive, problems } = loadArchive({ projectRoot, contentDir, site });
  expect(problems).toEqual([]);
  return pageSignatures(archive.meetings, withPages(archive.documents), archive);
}

describe("page signatures", () => {
  it("are the same for the same content read from its own folder or given from elsewhere", () => {
    const content = join(PROJECT_ROOT, "content");
    const fromProject = signaturesOf(PROJECT_ROOT, content);
    const fromAbove = signaturesOf(dirname(PROJECT_ROOT), content);
    expect(fromProject.size).toBeGreaterThan(50);
    expect([...fromAbove]).toEqual([...fromProject]);
  });
});
