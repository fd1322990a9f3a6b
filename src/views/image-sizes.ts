/**
 * The sizes an image in a paper is served at. A chart saved at a printer's 3,000 pixels would cost
 * a reader on a phone megabytes to show in a column 640 pixels wide, so the build writes copies at
 * a few widths (src/build/publish-files.ts) and the page offers them in `srcset`, for the browser
 * to pick by screen; the original stays at its own address. Pure: the same plan for the page and
 * the build.
 */
import type { ArchiveFile } from "../model/types.ts";

/** Widths written, in pixels: phones, the content column, and both again for high-density screens. */
export const IMAGE_WIDTHS = [320, 640, 960, 1280] as const;
const WIDEST = 1280;
/** The widest an image is shown: the two-thirds column of GOV.UK Frontend's 960-pixel page. */
export const SHOWN_WIDTH = 640;

export interface ImageRendition {
  width: number;
  height: number;
  /** Its address: in the `_sized/` folder beside the file (a name no paper can have, so no clash). */
  url: string;
}

/** The copies of `file` to write and offer, narrowest first: each width below its own, and its own width up to the widest. */
export function imageRenditions(file: ArchiveFile): ImageRendition[] {
  const image = file.image;
  if (!image || !file.url) return [];
  const widths: number[] = IMAGE_WIDTHS.filter((w) => w < image.width);
  if (image.width <= WIDEST) widths.push(image.width);
  const folder = file.url.slice(0, file.url.lastIndexOf("/") + 1);
  const stem = file.name.slice(0, file.name.lastIndexOf("."));
  const ext = file.extension === "png" ? "png" : "jpg";
  return widths.map((width) => ({ width, height: Math.max(1, Math.round((image.height * width) / image.width)), url: `${folder}_sized/${stem}-${width}.${ext}` }));
}

/** What an `<img>` of `file` carries: the copy closest to the shown width as `src`, every copy in `srcset`, and its shown size. */
export function imageAttributes(file: ArchiveFile): { src: string; srcset: string; sizes: string; width: number; height: number } | undefined {
  const renditions = imageRenditions(file);
  const shown = renditions.find((r) => r.width >= SHOWN_WIDTH) ?? renditions[renditions.length - 1];
  if (!shown || !file.image) return undefined;
  const width = Math.min(SHOWN_WIDTH, file.image.width);
  return {
    src: shown.url,
    srcset: renditions.map((r) => `${r.url} ${r.width}w`).join(", "),
    sizes: `(min-width: 40.0625em) ${width}px, 100vw`,
    width,
    height: Math.max(1, Math.round((file.image.height * width) / file.image.width)),
  };
}
