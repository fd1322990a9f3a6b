import { measureQueryBytes } from "../query-bytes.ts";
const r = await measureQueryBytes(process.argv[2]!, ["aardvark", "budgerigar", "chinchilla", "dromedary", "wombat"]);
console.log(JSON.stringify(r.results), r.firstQueryKb, r.nextQueryKb);
