/** Where the papers mention a meeting or a paper, as links: the minute the link sits in, else the paper or meeting. */
import type { Mention } from "../model/types.ts";
import type { Link } from "./link.ts";
import { minuteCitationOn } from "./minute-citation.ts";

export function mentionLinks(mentions: readonly Mention[]): Link[] {
  return mentions.map((mention) => {
    const minute = mention.minute;
    if (minute) return { text: minuteCitationOn(minute), href: minute.url };
    // A meeting without a title of its own is named by its body.
    const from = mention.from;
    return { text: from.title || (from.kind === "meeting" ? from.body.name : ""), href: from.url };
  });
}
