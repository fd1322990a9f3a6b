/**
 * Template filters: dates as UK papers write them, papers' Markdown as HTML, labels, and the view
 * functions of src/views (VIEW_FILTERS) by their own names. Each is a thin wrapper over a pure
 * function in src/model, src/render or src/views, where it is tested.
 */
import type { Archive } from "../model/archive.ts";
import { clockTime, longDate, municipalYear, numericDate, shortDate } from "../model/dates.ts";
import type { Document } from "../model/types.ts";
import { renderDocument, renderMarkdown } from "../render/paper-html.ts";
import { exemptionText, labelOf, organisationKindLabel, roleLabel } from "../render/labels.ts";
import { contentSecurityPolicy } from "../render/security-policy.ts";
import { VIEW_FILTERS } from "../views/index.ts";
import type { EleventyConfig } from "./config-types.ts";

/** The filters that need no archive: any page, the layout's own tests included, can use them. */
export function filtersPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addFilter("longDate", (iso: string) => longDate(iso));
  eleventyConfig.addFilter("shortDate", (iso: string) => shortDate(iso));
  eleventyConfig.addFilter("clockTime", (time: string) => clockTime(time));
  eleventyConfig.addFilter("municipalYear", (iso: string) => municipalYear(iso));
  eleventyConfig.addFilter("numericDate", (iso: string) => numericDate(iso));
  // The law cited is the site's (site.json `exemptInformation`, which templates pass).
  eleventyConfig.addFilter("exemption", (paragraphs: number[], law?: string) => exemptionText(paragraphs, law));
  eleventyConfig.addFilter("label", (value: string) => labelOf(value));
  eleventyConfig.addFilter("contentSecurityPolicy", (url: string) => contentSecurityPolicy(url));
  for (const [name, view] of Object.entries(VIEW_FILTERS)) eleventyConfig.addFilter(name, view);
}

/**
 * The filters that read the archive: Markdown into HTML, `@` references resolved against it, and
 * roles and kinds of organisation in the words its site gives them.
 */
export function archiveFiltersPlugin(eleventyConfig: EleventyConfig, { archive }: { archive: Archive }): void {
  eleventyConfig.addFilter("roleLabel", (role: string) => roleLabel(role, archive.vocabulary));
  eleventyConfig.addFilter("organisationKindLabel", (kind: string) => organisationKindLabel(kind, archive.vocabulary));
  eleventyConfig.addFilter("paperHtml", (document: Document) => renderDocument(archive, document));
  eleventyConfig.addFilter("markdownHtml", (text: string) => renderMarkdown(archive, text, { minutes: false }));
}
