/**
 * The bodies `import` reads a source's body names against: the archive's own, from
 * content/bodies/*.md in the folder it runs in (or PAPERS_CONTENT), read as the model reads them
 * (decodeContentFile, parseContentFile). Only the bodies' files are read, not the whole archive:
 * an import is often the first thing done in an archive whose other files do not pass check yet.
 * And the `--body` an officer gives, checked against them.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ArchiveBody } from "../import/names.ts";
import { parseContentFile } from "../model/front-matter.ts";
import { decodeContentFile } from "../model/source-file.ts";
import { didYouMean } from "../model/suggest.ts";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface ArchiveBodies {
  bodies: ArchiveBody[];
  /** Body files that could not be read, each with why: `npm run check` says more. */
  unreadable: { file: string; reason: string }[];
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);

/** One body file's names, or why it cannot give them. */
function bodyOf(id: string, file: string): ArchiveBody | string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const decoded = decodeContentFile(file, bytes);
  if (!decoded.ok) return decoded.problem.message;
  const parsed = parseContentFile(file, decoded.text);
  if (!parsed.ok) return parsed.problems[0]?.message ?? "its front matter cannot be read";
  const { name, short_name: short, names_as_printed: printed } = parsed.file.data;
  if (typeof name !== "string" || name.trim() === "") return "it has no name: field; write the body's full name there";
  const body: ArchiveBody = { id, name, names_as_printed: strings(printed) };
  if (typeof short === "string") body.short_name = short;
  return body;
}

/** The bodies in `<contentDir>/bodies/`, by file name; none when the folder is missing (not an archive's folder). */
export function readArchiveBodies(contentDir: string): ArchiveBodies {
  const folder = join(contentDir, "bodies");
  let names: string[];
  try {
    names = readdirSync(folder).filter((n) => n.endsWith(".md")).sort();
  } catch {
    return { bodies: [], unreadable: [] };
  }
  const result: ArchiveBodies = { bodies: [], unreadable: [] };
  for (const name of names) {
    const body = bodyOf(name.slice(0, -3), join(folder, name));
    if (typeof body === "string") result.unreadable.push({ file: join(folder, name), reason: body });
    else result.bodies.push(body);
  }
  return result;
}

/** What is wrong with `--body <id>`, or undefined: it must be one of the archive's bodies, when it has any. */
export function givenBodyProblem(id: string, bodies: readonly ArchiveBody[], bodiesFolder: string): string | undefined {
  const ids = bodies.map((b) => b.id);
  if (ids.length === 0) {
    return SLUG.test(id) ? undefined : `--body ${JSON.stringify(id)} is not a body identifier: write lower-case letters, digits and single hyphens, the name its file will have in ${bodiesFolder}/ (e.g. --body ${id.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "anyshire-panel"})`;
  }
  if (ids.includes(id)) return undefined;
  return `--body ${id} is not a body of this archive: the bodies in ${bodiesFolder}/ are ${ids.join(", ")}${didYouMean(id, ids)}`;
}
