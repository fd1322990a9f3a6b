/**
 * A PDF's facts (pages, own title, text layer) for the loader, which is synchronous: check, the
 * build and the tests all load the archive in one call. PDF.js only works asynchronously, so it
 * runs on a worker thread (pdf-read.js) while this thread waits on a shared flag, the way
 * synchronous wrappers of asynchronous libraries do. Files are read once per content (path, size,
 * time) and remembered, so the dev server's reloads do not read them again.
 */
import { statSync } from "node:fs";
import { MessageChannel, receiveMessageOnPort, Worker } from "node:worker_threads";
import type { PdfFacts } from "./pdf-read.js";

export type { PdfFacts };

export type PdfInspection = { ok: true; facts: PdfFacts } | { ok: false; reason: string };

/** How long the loader waits for PDF.js before giving up on the files: a limit, not a timing. */
const WAIT_MS = 600_000;

const remembered = new Map<string, PdfInspection>();

function keyOf(path: string): string {
  const stat = statSync(path);
  return `${path}\0${stat.size}\0${stat.mtimeMs}`;
}

/** The facts of each PDF at `paths` (absolute), read with PDF.js; a PDF it cannot open says why. */
export function inspectPdfs(paths: readonly string[]): Map<string, PdfInspection> {
  const result = new Map<string, PdfInspection>();
  const unread: string[] = [];
  for (const path of paths) {
    const known = remembered.get(keyOf(path));
    if (known) result.set(path, known);
    else unread.push(path);
  }
  if (unread.length === 0) return result;
  for (const [path, inspection] of readOnWorker(unread)) {
    result.set(path, inspection);
    remembered.set(keyOf(path), inspection);
  }
  return result;
}

function readOnWorker(paths: readonly string[]): Map<string, PdfInspection> {
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const module = new URL("./pdf-read.js", import.meta.url).href;
  // execArgv: [] so the worker does not load the TypeScript loader the parent runs under: it needs none.
  const worker = new Worker(`import(${JSON.stringify(module)}).then((m) => m.inspectInWorker());`, { eval: true, execArgv: [], workerData: { paths, port: port2, signal }, transferList: [port2] });
  worker.unref();
  try {
    const waited = Atomics.wait(signal, 0, 0, WAIT_MS);
    const message = receiveMessageOnPort(port1)?.message as Record<string, PdfInspection> | undefined;
    const found = new Map<string, PdfInspection>();
    for (const path of paths) found.set(path, message?.[path] ?? { ok: false, reason: waited === "timed-out" ? "PDF.js did not finish reading it" : "PDF.js stopped before reading it" });
    return found;
  } finally {
    port1.close();
    void worker.terminate();
  }
}
