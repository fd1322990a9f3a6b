/**
 * The image files site.json names, a favicon and a logo: each must be an SVG or PNG file in the
 * archive's folder, its content what its name says, and an SVG must hold no script (the site
 * publishes it as it is, and a reader may open it on its own). Problems at the key naming the file.
 */
import { readFileSync, statSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { contentMismatch, imageSize } from "../model/file-content.ts";
import type { SettingProblem } from "./setting-problem.ts";

export type BrandImageType = "svg" | "png";

/** A favicon or logo file, read. */
export interface BrandImage {
  type: BrandImageType;
  /** Absolute path. */
  file: string;
  bytes: Buffer;
  /** A PNG's size in pixels, for the page to lay it out before it loads. */
  size?: { width: number; height: number };
}

/** The file names site.json gives: `favicon` and `logo.file`, at their keys. */
export function brandFileKeys(settings: { favicon?: string; logo?: { file: string } }): { path: readonly string[]; name: string }[] {
  const keys: { path: readonly string[]; name: string }[] = [];
  if (settings.favicon !== undefined) keys.push({ path: ["favicon"], name: settings.favicon });
  if (settings.logo !== undefined) keys.push({ path: ["logo", "file"], name: settings.logo.file });
  return keys;
}

/** Every problem with the files site.json names, found in the archive's folder `root`. */
export function brandFileProblems(settings: { favicon?: string; logo?: { file: string } }, root: string): SettingProblem[] {
  return brandFileKeys(settings).flatMap(({ path, name }) => {
    const read = readBrandImage(root, name);
    return "problem" in read ? [{ path, message: read.problem }] : [];
  });
}

/** The image `name` (relative to `root`), or why it cannot be the site's. */
export function readBrandImage(root: string, name: string): BrandImage | { problem: string } {
  const file = resolve(root, name);
  const inside = relative(root, file);
  const shown = JSON.stringify(name);
  if (isAbsolute(name) || inside === "" || inside.startsWith(`..${sep}`) || inside === ".." || isAbsolute(inside)) {
    return { problem: `${shown} is not in the archive's folder: copy the file into it (e.g. into branding/) and give its path from there, e.g. "branding/${name.split(/[\\/]/).pop()}"` };
  }
  let bytes: Buffer;
  try {
    if (!statSync(file).isFile()) return { problem: `${shown} is a folder, not a file: give the path of the SVG or PNG file in it` };
    bytes = readFileSync(file);
  } catch {
    return { problem: `${shown} is not there: no file ${inside.split(sep).join("/")} in the archive's folder; check its name and folder (they are case-sensitive), or copy the file there` };
  }
  const type: BrandImageType = name.endsWith(".png") ? "png" : "svg";
  if (type === "png") {
    const mismatch = contentMismatch("png", bytes);
    if (mismatch) return { problem: `${shown}: ${mismatch}; save it as a PNG image, or as an SVG image named .svg` };
    return { type, file, bytes, size: imageSize("png", bytes) };
  }
  const svgProblem = notSvg(bytes);
  if (svgProblem) return { problem: `${shown}: ${svgProblem}` };
  return { type, file, bytes };
}

/** Why `bytes` are not an SVG image the site may publish, or undefined. */
function notSvg(bytes: Buffer): string | undefined {
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes).replace(/^\ufeff/, "");
  // Before <svg> an SVG file may have an XML declaration, comments and a doctype, nothing else.
  const start = text.replace(/^\s*(?:<\?xml[^>]*\?>\s*)?(?:(?:<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)\s*)*/i, "");
  if (bytes.includes(0) || !/^<svg[\s>]/.test(start)) return "its content is not an SVG image (it does not start with <svg), whatever its name says; save it as an SVG image, or as a PNG image named .png";
  if (/<script[\s>]|\son[a-z]+\s*=|javascript:|<foreignObject[\s>]/i.test(text)) {
    return "the SVG holds script (a <script> element, an on… attribute or a javascript: link) or a <foreignObject>, which the site does not publish: save the image without them (an editor's \"plain SVG\" or \"optimised SVG\" does)";
  }
  return undefined;
}
