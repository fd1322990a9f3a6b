/** Where the project's own files are, for tests. Tests never read ../shared. */
import { fileURLToPath } from "node:url";

export const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const CONTENT_DIR = fileURLToPath(new URL("../../content/", import.meta.url));
export const SEEDS_DIR = fileURLToPath(new URL("../../sources/seeds/", import.meta.url));
