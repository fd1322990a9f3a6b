/** Loading content for tests that need it valid: any problem fails the test with the problems listed. */
import type { DateTime } from "luxon";
import type { Archive } from "../../src/model/archive.ts";
import { loadArchive } from "../../src/model/load.ts";
import { formatProblem } from "../../src/model/problems.ts";
import { PROJECT_ROOT } from "./paths.ts";

/** The archive under `root` (default: the shipped content), at the build clock `now`. */
export function loadValidArchive(root = PROJECT_ROOT, now?: DateTime): Archive {
  const { archive, problems } = loadArchive({ projectRoot: root, now });
  if (problems.length > 0) throw new Error(`content problems:\n${problems.map(formatProblem).join("\n")}`);
  return archive;
}
