/** The tsx loader as a file URL, so child processes can load TypeScript from any working folder. */
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const REPO_ROOT = fileURLToPath(new URL("../", import.meta.url));
export const TSX_IMPORT = pathToFileURL(join(REPO_ROOT, "node_modules/tsx/dist/loader.mjs")).href;

/** `node --import tsx <project>/<script> ...args`, runnable from any folder. */
export function tsNode(project: string, script: string, ...args: string[]): string[] {
  return [process.execPath, "--import", TSX_IMPORT, join(project, script), ...args];
}
