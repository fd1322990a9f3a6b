/**
 * The `{#anchor key=value key="two words"}` attribute lists that close a minute heading or open a
 * block (`::: resolved {does=note}`). Written by hand because they are data for the loader, not
 * HTML attributes: markdown-it-attrs would copy them into the page as invalid HTML.
 */
import { EXAMPLE_ID } from "./identifier-examples.ts";

export interface AttributeList {
  anchor?: string;
  values: Map<string, string>;
}

export type AttributeParse = { ok: true; text: string; attributes: AttributeList } | { ok: false; text: string; error: string };

/** Anchored at the last `{`: searched from every space, `\s*\{…` took time growing with the square of a run of spaces. */
const LIST_AT_END = /^\{([^{}]*)\}\s*$/;
const ENTRY = /\s*(?:#([A-Za-z0-9][\w-]*)|([a-z_]+)=(?:"([^"]*)"|([^\s"]+)))/y;

/** What a value looks like, for the message about an empty one, with the made-up identifiers every message uses. */
const EXAMPLE: Record<string, string> = {
  item: "item=A1",
  decisions: `decisions=${EXAMPLE_ID.decision}`,
  topics: `topics=${EXAMPLE_ID.topic}`,
  does: "does=note",
  approves: `approves=${EXAMPLE_ID.meeting}`,
  elects: `elects=${EXAMPLE_ID.person}`,
  role: "role=chair",
  follow_up: "follow_up=2025-02",
  decision: `decision=${EXAMPLE_ID.decision}`,
  asker: `asker=${EXAMPLE_ID.person}`,
  council: `council=${EXAMPLE_ID.organisation}`,
  number: "number=3",
  person: `person=${EXAMPLE_ID.person}`,
};

/** The `{…}` list that ends `text`, with the text before it (trailing spaces dropped); undefined if none. */
export function trailingList(text: string): { inner: string; rest: string } | undefined {
  const open = text.lastIndexOf("{");
  if (open === -1) return undefined;
  const match = LIST_AT_END.exec(text.slice(open));
  return match ? { inner: match[1] ?? "", rest: text.slice(0, open).trimEnd() } : undefined;
}

/** Splits trailing `{…}` off `text`. Text without one has no attributes. */
export function splitAttributes(text: string): AttributeParse {
  const list = trailingList(text);
  if (!list) return { ok: true, text, attributes: { values: new Map() } };
  const parsed = parseAttributeList(list.inner);
  return parsed.ok ? { ok: true, text: list.rest, attributes: parsed.attributes } : { ok: false, text: list.rest, error: parsed.error };
}

export function parseAttributeList(inner: string): { ok: true; attributes: AttributeList } | { ok: false; error: string } {
  const values = new Map<string, string>();
  let anchor: string | undefined;
  ENTRY.lastIndex = 0;
  let position = 0;
  const source = inner.trimEnd();
  while (position < source.length) {
    ENTRY.lastIndex = position;
    const m = ENTRY.exec(source);
    if (!m) {
      return { ok: false, error: `cannot read the attributes {${inner}} from "${source.slice(position).trim()}": write them as {#anchor name=value name="two words"}` };
    }
    if (m[1] !== undefined) {
      if (anchor !== undefined) return { ok: false, error: `two anchors in {${inner}}: keep one #anchor` };
      anchor = m[1];
    } else {
      const name = m[2] ?? "";
      if (values.has(name)) return { ok: false, error: `${name}= appears twice in {${inner}}: give each attribute once (several values go in quotes, separated by spaces)` };
      const value = m[3] ?? m[4] ?? "";
      // An empty value would read as "no item" or "no decision" without saying so.
      if (value.trim() === "") return { ok: false, error: `${name}= is empty in {${inner}}: write its value between the quotes (e.g. ${EXAMPLE[name] ?? `${name}=value`}), or remove the attribute` };
      values.set(name, value);
    }
    position = ENTRY.lastIndex;
  }
  return { ok: true, attributes: { anchor, values } };
}

/** A space-separated attribute value as a list. */
export function listValue(value: string | undefined): string[] {
  return value ? value.split(/\s+/).filter(Boolean) : [];
}
