/**
 * Template filters: dates as UK papers write them, and papers' Markdown as HTML. Each is a thin
 * wrapper over a pure function in src/model or src/render, where it is tested.
 */
import { clockTime, longDate, municipalYear, numericDate, shortDate } from "../model/dates.ts";
import type { Document, MinutesRecord, Person } from "../model/types.ts";
import { attendanceLines } from "../views/attendance.ts";
import { attendanceByYear } from "../views/index.ts";
import { renderDocument, renderMarkdown } from "../render/paper-html.ts";
import { exemptionText, labelOf } from "../render/labels.ts";
import { contentSecurityPolicy } from "../render/security-policy.ts";
import { currentArchive } from "./archive-data.ts";
import type { EleventyConfig } from "./config-types.ts";

export function filtersPlugin(eleventyConfig: EleventyConfig): void {
  eleventyConfig.addFilter("longDate", (iso: string) => longDate(iso));
  eleventyConfig.addFilter("shortDate", (iso: string) => shortDate(iso));
  eleventyConfig.addFilter("clockTime", (time: string) => clockTime(time));
  eleventyConfig.addFilter("municipalYear", (iso: string) => municipalYear(iso));
  eleventyConfig.addFilter("paperHtml", (document: Document) => renderDocument(currentArchive(), document));
  eleventyConfig.addFilter("markdownHtml", (text: string) => renderMarkdown(currentArchive(), text, { minutes: false }));
  eleventyConfig.addFilter("exemption", (paragraphs: number[]) => exemptionText(paragraphs));
  eleventyConfig.addFilter("label", (value: string) => labelOf(value));
  eleventyConfig.addFilter("attendanceByYear", (person: Person) => attendanceByYear(person));
  eleventyConfig.addFilter("attendanceLines", (record: MinutesRecord) => attendanceLines(record));
  eleventyConfig.addFilter("numericDate", (iso: string) => numericDate(iso));
  eleventyConfig.addFilter("contentSecurityPolicy", (url: string) => contentSecurityPolicy(url));
}
