/**
 * A file of an earlier build in a new one: hard-linked, which costs a hundredth of a copy, or
 * copied where it cannot be linked (another disk, a file system without links). Only for files
 * nothing will write again: a link shares its bytes with the earlier build's file.
 */
import { copyFileSync, linkSync } from "node:fs";

export function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}
