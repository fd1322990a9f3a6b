import { readdirSync, readFileSync } from "node:fs";
import { sectionDocuments } from "../../src/build/search-sections.ts";
const site = process.argv[2]!;
let n = 0, secs = 0, bytes = 0, outBytes = 0;
const t = performance.now();
const walk = (f: string, p: string) => { for (const e of readdirSync(f, { withFileTypes: true })) { const path = p ? `${p}/${e.name}` : e.name; if (e.isDirectory()) { if (!path.startsWith("pagefind")) walk(`${f}/${e.name}`, path); } else if (e.name.endsWith(".html")) { const html = readFileSync(`${f}/${e.name}`, "utf8"); if (!html.includes("data-pagefind-body")) continue; n++; bytes += html.length; const s = sectionDocuments(path, html); if (s) { secs += s.length; for (const d of s) outBytes += d.html.length; } else outBytes += html.length; } } };
walk(site, "");
console.log({ pages: n, sections: secs, ms: performance.now() - t, inMB: bytes / 1e6, outMB: outBytes / 1e6 });
