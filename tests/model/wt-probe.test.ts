import { Worker } from "node:worker_threads";
import { expect, it } from "vitest";
import { MINIMAL, writeContent } from "../support/content-fixture.ts";
it("worker loads ts", async () => {
  const w = new Worker(new URL("../support/load-worker.ts", import.meta.url));
  const root = writeContent(MINIMAL);
  const reply = await new Promise((res, rej) => { w.once("message", res); w.once("error", rej); w.postMessage({ id: 1, projectRoot: root }); });
  console.log(JSON.stringify(reply).slice(0, 200));
  await w.terminate();
  expect(reply).toBeDefined();
});
