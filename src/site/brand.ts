/**
 * The site's brand as a build uses it, from its checked site.json: the colours the stylesheet is
 * compiled with, the favicon (the file site.json names, or one made from the brand colour and the
 * archive's initials) and the header's logo. site-settings.ts has checked the files; a file that
 * has gone since throws here, stopping the build with its reason.
 */
import { type BrandColours, type StylePalette, stylePalette } from "./brand-colours.ts";
import { type BrandImage, readBrandImage } from "./brand-files.ts";
import { faviconInitials, faviconSvg } from "./favicon.ts";

export interface SiteBrand {
  colours: BrandColours;
  palette: StylePalette;
  /** The favicon: SVG or PNG bytes. */
  favicon: { type: "svg" | "png"; bytes: Buffer };
  logo?: BrandImage & { alt: string };
}

/** The parts of the settings (site-settings.ts) the brand is made of. */
export interface BrandSettings {
  name: string;
  colours: BrandColours;
  favicon?: string;
  faviconText?: string;
  logo?: { file: string; alt: string };
}

/** The brand of the archive whose folder is `root`. */
export function siteBrand(settings: BrandSettings, root: string): SiteBrand {
  const favicon = settings.favicon === undefined ? { type: "svg" as const, bytes: Buffer.from(faviconSvg(settings.colours.brand, faviconText(settings))) } : image(root, settings.favicon);
  const logo = settings.logo === undefined ? undefined : { ...image(root, settings.logo.file), alt: settings.logo.alt };
  return { colours: settings.colours, palette: stylePalette(settings.colours), favicon, ...(logo ? { logo } : {}) };
}

/** The letters of the favicon made from the configuration: `faviconText`, else the name's initials. */
export function faviconText(settings: Pick<BrandSettings, "name" | "faviconText">): string {
  return settings.faviconText ?? faviconInitials(settings.name);
}

function image(root: string, name: string): BrandImage {
  const read = readBrandImage(root, name);
  if ("problem" in read) throw new Error(`_data/site.json: ${read.problem}`);
  return read;
}
