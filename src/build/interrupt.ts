/**
 * What a stopped build leaves behind. A build killed with Ctrl+C, `kill` or by the dev server
 * starting over used to leave its staging folder (up to 22 MB) beside the site and its Pagefind
 * processes running for minutes. While a build has folders in the making or child processes,
 * SIGINT and SIGTERM end those children, remove those folders, and then end the process as the
 * signal would have (so a shell sees 130 or 143). A build killed outright (SIGKILL, a power cut)
 * cannot do this: the next build clears its marked leftovers (output-folder.ts).
 */
import type { ChildProcess } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { constants } from "node:os";

const SIGNALS = ["SIGINT", "SIGTERM"] as const;
/** How long a child is given to end on SIGTERM, then on SIGKILL. */
const GRACE_MS = 2_000;
/** How long the file operations a build had already queued are given to finish before its folders go. */
const SETTLE_MS = 50;

const folders = new Set<string>();
const children = new Set<ChildProcess>();
let listening = false;
let stopping: NodeJS.Signals | undefined;

/** Removes `folder` if the process is interrupted, until the returned function is called. */
export function removeIfInterrupted(folder: string): () => void {
  folders.add(folder);
  listen();
  return () => {
    folders.delete(folder);
    listen();
  };
}

/** Ends `child` if the process is interrupted; it is forgotten once it exits. */
export function endIfInterrupted(child: ChildProcess): void {
  // No pid: it never started (its "error" event says why), and there is nothing to end.
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  children.add(child);
  listen();
  const forget = () => {
    children.delete(child);
    listen();
  };
  child.once("exit", forget);
  child.once("error", forget);
}

/**
 * Whether the process is being stopped: a child that ends now was ended here, not a failure to
 * report, and no new one should start.
 */
export function interrupted(): boolean {
  return stopping !== undefined;
}

/** Handles the signals only while there is something to clean up, and never while stopping. */
function listen(): void {
  const wanted = folders.size > 0 || children.size > 0 || stopping !== undefined;
  if (wanted === listening) return;
  listening = wanted;
  for (const signal of SIGNALS) {
    if (wanted) process.on(signal, onSignal);
    else process.off(signal, onSignal);
  }
}

function onSignal(signal: NodeJS.Signals): void {
  // A second Ctrl+C while cleaning up changes nothing: the cleanup is bounded by GRACE_MS.
  if (stopping) return;
  stopping = signal;
  void stop(signal);
}

async function stop(signal: NodeJS.Signals): Promise<void> {
  const running = [...children];
  for (const child of running) child.kill("SIGTERM");
  if (!(await exited(running, GRACE_MS))) {
    for (const child of running) child.kill("SIGKILL");
    await exited(running, GRACE_MS);
  }
  // From here to the end nothing yields to the event loop, so the build starts no more writes; the
  // file operations it had already queued (Eleventy writes many pages at once) finish first, or
  // one could make a folder again inside one just removed.
  pause(SETTLE_MS);
  const kept = [...folders].filter((folder) => !removeAll(folder));
  const left = kept.length > 0 ? `, but ${kept.join(" and ")} could not be removed: the next build will` : "";
  process.stderr.write(`build stopped by ${signal}: its unfinished output was removed${left}, and the last build is as it was\n`);
  for (const s of SIGNALS) process.off(s, onSignal);
  // Ended by the signal itself, as if never caught, unless someone else also listens for it.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  process.exit(128 + constants.signals[signal]);
}

/**
 * Removes `folder` and whatever was still being written into it, trying again while something
 * reappears; false if it could not.
 */
function removeAll(folder: string): boolean {
  for (let attempt = 1; attempt <= 5; attempt++) {
    try {
      rmSync(folder, { recursive: true, force: true });
    } catch {
      // ENOTEMPTY: a file was written into a folder as it was removed; the next pass takes it.
    }
    if (!existsSync(folder)) return true;
    pause(SETTLE_MS * attempt);
  }
  return false;
}

/** Blocks this thread, letting the file operations already queued finish on libuv's threads. */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Resolves true when every one of `running` has exited, or false after `ms`. */
function exited(running: readonly ChildProcess[], ms: number): Promise<boolean> {
  const alive = running.filter((child) => child.exitCode === null && child.signalCode === null);
  if (alive.length === 0) return Promise.resolve(true);
  return new Promise((done) => {
    const timer = setTimeout(() => done(false), ms);
    let left = alive.length;
    for (const child of alive)
      child.once("exit", () => {
        if (--left === 0) {
          clearTimeout(timer);
          done(true);
        }
      });
  });
}
