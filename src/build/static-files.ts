/**
 * The archive's own files published as they are: everything in its `static/` folder, copied into
 * the site at the same paths (a CNAME for a custom domain, a host's `_redirects`, a
 * `.well-known/security.txt`). The output folder is replaced whole by each build, so this is where
 * such files live, in the archive's repository, not in the site. A file at a path the build itself
 * writes is refused: one of the two would be lost without a word.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";

/** Copies the files of `folder` (if it exists) into the site in `siteDir`; throws, naming it, on a file the site already has. */
export function copyStaticFiles(folder: string, siteDir: string, show: (path: string) => string = (path) => path): number {
  if (!existsSync(folder)) return 0;
  if (!statSync(folder).isDirectory()) throw new Error(`${show(folder)} is a file, not a folder: the files published as they are go in a folder of that name (static/CNAME), or remove it`);
  const links = linksIn(folder);
  if (links.length > 0) {
    // A link may lead anywhere on the machine: only files the archive itself holds are published.
    throw new Error(`${links.slice(0, 5).map(show).join(", ")}${links.length > 5 ? ` and ${links.length - 5} more` : ""}: a link, not a file: put the file itself in ${show(folder)}/, or remove the link`);
  }
  const files = filesIn(folder);
  const clashes = files.filter((file) => existsSync(join(siteDir, relative(folder, file))));
  if (clashes.length > 0) {
    const named = clashes.slice(0, 5).map((file) => `${show(file)} (/${relative(folder, file).split(sep).join("/")})`).join(", ");
    throw new Error(`${named}${clashes.length > 5 ? ` and ${clashes.length - 5} more` : ""}: the build makes ${clashes.length === 1 ? "a file" : "files"} at the same address, and one of the two would be lost: rename or remove the file in ${show(folder)}/`);
  }
  for (const file of files) {
    const target = join(siteDir, relative(folder, file));
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(file, target);
  }
  return files.length;
}

/** Every symbolic link under `folder`. */
function linksIn(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isSymbolicLink()) return [path];
    return entry.isDirectory() ? linksIn(path) : [];
  });
}

/** Every file under `folder`, hidden ones included (.well-known/), in a stable order. */
function filesIn(folder: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...filesIn(path));
    else if (entry.isFile()) found.push(path);
  }
  return found;
}
