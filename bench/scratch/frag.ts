import { readFileSync, readdirSync } from "node:fs";
import { gunzipSync } from "node:zlib";
const dir = process.argv[2]!;
const files = readdirSync(dir).slice(0, 400);
const urls = new Map<string, number>();
for (const f of files) { const raw = gunzipSync(readFileSync(`${dir}/${f}`)); const j = JSON.parse(raw.subarray(12).toString()); urls.set(j.url, (urls.get(j.url) ?? 0) + 1); }
console.log([...urls].sort((a,b)=>b[1]-a[1]).slice(0,8));
const one = JSON.parse(gunzipSync(readFileSync(`${dir}/${files[0]}`)).subarray(12).toString()); console.log(Object.keys(one), one.url, one.word_count, JSON.stringify(one).length);
