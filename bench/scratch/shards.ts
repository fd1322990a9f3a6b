import { readdirSync, readFileSync } from "node:fs";
import { planShards, pageDigest } from "../../src/build/search-shards.ts";
const site = process.argv[2]!;
const pages: any[] = [];
const walk = (f: string, p: string) => { for (const e of readdirSync(f, { withFileTypes: true })) { const path = p ? `${p}/${e.name}` : e.name; if (e.isDirectory()) { if (!path.startsWith("pagefind")) walk(`${f}/${e.name}`, path); } else if (e.name.endsWith(".html")) { const html = readFileSync(`${f}/${e.name}`, "utf8"); if (html.includes("data-pagefind-body")) pages.push({ path, digest: pageDigest(html), bytes: html.length }); } } };
walk(site, "");
const shards = planShards(pages, 40_000_000);
for (const s of shards) console.log(s.key, s.pages.length, s.pages.filter(p => !/^meetings\/[a-z0-9-]*?-(\d{4})-/.test(p)).slice(0, 5));
