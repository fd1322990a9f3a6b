/**
 * Writing a content file: an explicit front matter block, always, then the Markdown body. A body
 * that itself starts with `---` therefore can never be read as front matter.
 */
import { Document, Scalar, visit } from "yaml";

/** Removes undefined fields, so the YAML holds only what was found. */
export function compact<T>(value: T): T {
  if (Array.isArray(value)) return value.map(compact) as T;
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      if (v === undefined) continue;
      out[key] = compact(v);
    }
    return out as T;
  }
  return value;
}

/** An optional list: written only when it has entries. */
export function optionalList<T>(list: readonly T[]): T[] | undefined {
  return list.length > 0 ? [...list] : undefined;
}

/** The YAML of a front matter block, with the comment lines before it. */
export function frontMatterYaml(fields: Record<string, unknown>, comment: readonly string[]): string {
  const doc = new Document(compact(fields));
  if (comment.length > 0) doc.commentBefore = comment.map((c) => ` ${c}`).join("\n");
  // "10:00" reads as a number of minutes in YAML 1.1 readers; quote times so every reader agrees.
  visit(doc, {
    Scalar(_key, node: Scalar) {
      if (typeof node.value === "string" && /^\d{1,2}:\d{2}$/.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  return doc.toString({ lineWidth: 0 });
}

/** A whole content file: `---`, the fields, `---`, a blank line and the body. */
export function renderContentFile(fields: Record<string, unknown>, body: string, comment: readonly string[]): string {
  const text = body.trim();
  return `---\n${frontMatterYaml(fields, comment)}---\n${text === "" ? "" : `\n${text}\n`}`;
}
