/** The tsx loader as a file URL, so child processes can load TypeScript from any working folder. */
import { pathToFileURL } from "node:url";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const repo = fileURLToPath(new URL("../", import.meta.url));
export const TSX_IMPORT = pathToFileURL(join(repo, "node_modules/tsx/dist/loader.mjs")).href;

/** `node --import tsx <script> ...args`, runnable from any folder. */
export function tsNode(script: string, ...args: string[]): string[] {
  return [process.execPath, "--import", TSX_IMPORT, join(repo, script), ...args];
}
