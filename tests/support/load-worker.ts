/**
 * Runs `loadArchive` in a worker thread for tests that must survive a loader that hangs: the test
 * waits with a time limit and can end the worker, which a synchronous call in the test could not.
 */
import { parentPort } from "node:worker_threads";
import { DateTime } from "luxon";
import { loadArchive } from "../../src/model/load.ts";
import type { Problem } from "../../src/model/problems.ts";

export interface LoadRequest {
  id: number;
  projectRoot: string;
}

export type LoadReply = { id: number; ok: true; problems: Problem[]; documents: number } | { id: number; ok: false; error: string };

const NOW = DateTime.fromISO("2025-01-01T00:00:00Z");

parentPort?.on("message", (request: LoadRequest) => {
  let reply: LoadReply;
  try {
    const { archive, problems } = loadArchive({ projectRoot: request.projectRoot, now: NOW });
    reply = { id: request.id, ok: true, problems, documents: archive.documents.length };
  } catch (error) {
    reply = { id: request.id, ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort?.postMessage(reply);
});
