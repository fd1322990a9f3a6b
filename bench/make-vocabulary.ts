/**
 * Writes bench/data/vocabulary.json from the project's seeds and content: words by frequency,
 * and the titles papers and agenda items carry. Run by hand when the seeds change
 * (`npx tsx bench/make-vocabulary.ts`); the generator reads only the snapshot, so a given N
 * always gives the same archive whatever happens to content/ meanwhile.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { listMarkdownFiles } from "../src/model/read-content.ts";

const root = fileURLToPath(new URL("../", import.meta.url));
const texts: string[] = [];
const seeds = join(root, "sources/seeds");
for (const name of readdirSync(seeds).sort()) texts.push(readFileSync(join(seeds, name), "utf8"));
const titles = new Set<string>();
for (const path of listMarkdownFiles(join(root, "content"))) {
  const text = readFileSync(path, "utf8");
  texts.push(text);
  for (const match of text.matchAll(/^\s*(?:- )?title: "?([A-Z][^"\n]{8,90})"?$/gm)) {
    const title = (match[1] ?? "").trim();
    if (!/[@#{}:]/.test(title) && !/\d{4}/.test(title)) titles.add(title);
  }
}
const counts = new Map<string, number>();
for (const text of texts) {
  for (const word of text.match(/[A-Za-z][a-z]{2,}/g) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
}
const words = [...counts.entries()].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
writeFileSync(join(root, "bench/data/vocabulary.json"), `${JSON.stringify({ words, titles: [...titles].sort() }, null, 0)}\n`);
console.log(`${words.length} words, ${titles.size} titles`);
