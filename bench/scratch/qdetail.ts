import { wireBytes } from "../query-bytes.ts";
import { chromium } from "playwright-core";
// reuse measureQueryBytes but capture file list by monkeypatching readFileSync? simpler: replicate minimal
import { measureQueryBytes } from "../query-bytes.ts";
import * as fs from "node:fs";
const site = process.argv[2]!;
const seen: string[] = [];
const orig = fs.readFileSync;
const r = await measureQueryBytes(site, ["police", "budget precept"]);
console.log(r.firstQueryKb, r.nextQueryKb);
