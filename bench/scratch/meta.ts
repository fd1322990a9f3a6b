import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { decode } from "cborg";
const raw = gunzipSync(readFileSync(process.argv[2]!));
const v = decode(raw.subarray(12), { useMaps: false }) as unknown[];
console.log("raw bytes", raw.length);
v.forEach((x, i) => console.log(i, Array.isArray(x) ? `array(${x.length}) ${JSON.stringify(x.slice(0, 3)).slice(0, 300)}` : JSON.stringify(x).slice(0, 200), JSON.stringify(x).length));
