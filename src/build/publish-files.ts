/**
 * The files published with the papers, into the site: each copied to its address, an image also
 * at the widths its page offers (src/views/image-sizes.ts), and each PDF's pages read for search
 * (search-files.ts). A withheld file is never copied and its text never read: it is skipped here,
 * before anything is opened, and the linker has already emptied its path.
 */
import { copyFile, mkdir, readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import sharp from "sharp";
import type { Archive } from "../model/archive.ts";
import { pdfPageTexts } from "../model/pdf-read.js";
import type { ArchiveFile } from "../model/types.ts";
import { imageRenditions } from "../views/image-sizes.ts";
import { type FileSearchPage, fileSearchPage } from "./search-files.ts";

/** Copies every published file into `siteDir`; returns the search records of its PDFs. */
export async function publishFiles(archive: Archive, siteDir: string): Promise<FileSearchPage[]> {
  const pages: FileSearchPage[] = [];
  for (const file of archive.files) {
    if (file.withheld || file.diskPath === "" || file.url === "") continue;
    const target = join(siteDir, file.url);
    await mkdir(dirname(target), { recursive: true });
    await copyFile(file.diskPath, target);
    if (file.image) await writeRenditions(file, siteDir);
    if (file.extension === "pdf" && !file.imageOnly) pages.push(fileSearchPage(file, await pdfPageTexts(await readFile(file.diskPath))));
  }
  return pages;
}

async function writeRenditions(file: ArchiveFile, siteDir: string): Promise<void> {
  for (const rendition of imageRenditions(file)) {
    const target = join(siteDir, rendition.url);
    await mkdir(dirname(target), { recursive: true });
    const resized = sharp(file.diskPath).resize({ width: rendition.width });
    await (file.extension === "png" ? resized.png() : resized.jpeg({ quality: 82 })).toFile(target);
  }
}
