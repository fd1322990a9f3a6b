/**
 * The archive's package.json: the scripts that run `panel-papers`, merged into the one already
 * there (as `npm init -y && npm install <the generator>` leaves it) without changing anything of
 * the officer's, or a new one when there is none.
 */

/** The scripts an archive runs: the same names as the generator's own repository. */
export const ARCHIVE_SCRIPTS: Readonly<Record<string, string>> = {
  check: "panel-papers check",
  build: "panel-papers build",
  dev: "panel-papers dev",
  start: "panel-papers serve",
  new: "panel-papers new",
  import: "panel-papers import",
  // The check, then a whole build into a folder of its own: what CI runs on every push.
  test: "panel-papers check && panel-papers build --out .cache/test-site",
};

/** The test script `npm init` writes, which says there are no tests: replaced, not kept. */
const NPM_INIT_TEST = 'echo "Error: no test specified" && exit 1';

export type MergedPackage = { ok: true; text: string } | { ok: false; conflicts: string[] };

/**
 * `existing` (package.json's text) with the archive's scripts added. A script of the same name
 * that does something else is the officer's: nothing is written, and each one is named.
 */
export function mergeScripts(existing: string): MergedPackage {
  let data: unknown;
  try {
    data = JSON.parse(existing);
  } catch (error) {
    return { ok: false, conflicts: [`package.json is not valid JSON (${error instanceof Error ? error.message : String(error)}): fix it, then run init again`] };
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) return { ok: false, conflicts: ["package.json is not a set of keys in { }: fix it, then run init again"] };
  const pkg = data as Record<string, unknown>;
  const scripts = pkg.scripts ?? {};
  if (typeof scripts !== "object" || scripts === null || Array.isArray(scripts)) return { ok: false, conflicts: ['package.json\'s "scripts" is not a set of keys in { }: fix it, then run init again'] };
  const merged: Record<string, unknown> = { ...(scripts as Record<string, unknown>) };
  const conflicts: string[] = [];
  for (const [name, command] of Object.entries(ARCHIVE_SCRIPTS)) {
    const mine = merged[name];
    if (mine === undefined || mine === command || (name === "test" && mine === NPM_INIT_TEST)) merged[name] = command;
    else conflicts.push(`package.json already has a script "${name}" (${JSON.stringify(mine)}): rename or remove it, then run init again`);
  }
  if (conflicts.length > 0) return { ok: false, conflicts };
  return { ok: true, text: `${JSON.stringify({ ...pkg, scripts: merged }, null, indentOf(existing))}\n` };
}

/** A package.json for a folder that has none: the archive, private, depending on the generator. */
export function newPackageJson(body: string, generator: { name: string; version: string }): string {
  const pkg = { name: `${body}-papers`, private: true, scripts: ARCHIVE_SCRIPTS, dependencies: { [generator.name]: `^${generator.version}` } };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/** The indentation package.json was written with (npm writes two spaces), to keep its look. */
function indentOf(text: string): string | number {
  const indent = /^\{\s*\n([ \t]+)"/.exec(text)?.[1];
  return indent ?? 2;
}
