/**
 * Writes the open data into the built site: /data/<name>.json for every dataset, /data/<name>.csv
 * for the registers, and the export schemas under /data/schemas/.
 */
import { readFileSync } from "node:fs";
import { stringify } from "csv-stringify/sync";
import type { Archive } from "../model/archive.ts";
import { absoluteUrl } from "../feeds/site-url.ts";
import { writeFiles } from "../feeds/write-feeds.ts";
import { type CsvContext, csvContext, DATASETS, type Dataset, dataPath, LICENCE, NO_CSV_CONTEXT, schemaPath } from "./datasets.ts";
import type { Licence } from "../site/config.ts";
import { exporter, type JsonRecord } from "./records.ts";

export const EXPORT_SCHEMA_DIR = new URL("./schemas/", import.meta.url);
/** Shared definitions every dataset schema refers to. */
export const COMMON_SCHEMA = "common";

export interface OpenDataFile {
  dataset: Dataset;
  json: string;
  csv?: string;
  count: number;
}

/** Every dataset as its file texts: pure, for tests and for the writer. */
export function openDataFiles(archive: Archive, siteUrl: string, licence: Licence = LICENCE): OpenDataFile[] {
  const x = exporter({ archive, siteUrl });
  const context = csvContext(archive);
  return DATASETS.map((dataset) => {
    const items = dataset.records(archive, x);
    const envelope = { schema: absoluteUrl(siteUrl, schemaPath(dataset.name)), title: dataset.title, licence, source: siteUrl, count: items.length, items };
    return { dataset, json: `${JSON.stringify(envelope, null, 2)}\n`, csv: dataset.csv ? csvOf(dataset, items, context) : undefined, count: items.length };
  });
}

/**
 * A register as CSV (RFC 4180): a UTF-8 byte-order mark first (without it Excel reads the file in
 * the machine's legacy code page and mangles £, – and curly quotes), then a header row and one row
 * per record, each ended by CRLF. `context` finds the meetings records name, for the date and body
 * columns.
 */
export function csvOf(dataset: Dataset, items: readonly JsonRecord[], context: CsvContext = NO_CSV_CONTEXT): string {
  const columns = dataset.csv ?? [];
  return stringify(
    items.map((item) => columns.map((c) => c.value(item, context))),
    // escape_formulas: a cell of content text starting =, +, -, @, tab or CR (or their full-width
    // forms) gets a leading ' so a spreadsheet shows it as text instead of running it as a formula
    // (=HYPERLINK(…) would otherwise reach whoever opens the register). Numbers are left as they are.
    //
    // record_delimiter "windows": records end in CRLF, as RFC 4180 specifies. Given a delimiter,
    // csv-stringify stops quoting a cell for holding a lone LF or CR unless told to
    // (quote_record_delimiter), and a cell of several lines (a resolution's text) would then break
    // its row in two: so it is told to. A line break inside a quoted cell is kept as written.
    {
      header: true,
      columns: columns.map((c) => c.header),
      cast: { boolean: (v) => (v ? "true" : "false") },
      bom: true,
      escape_formulas: true,
      record_delimiter: "windows",
      quote_record_delimiter: true,
    },
  );
}

/**
 * An export schema as published: its `$id` becomes its address on this site, so the relative
 * `$ref`s to common.schema.json resolve to the copy served beside it.
 */
export function publishedSchema(name: string, siteUrl: string): string {
  const schema = readExportSchema(name);
  schema.$id = absoluteUrl(siteUrl, schemaPath(name));
  return `${JSON.stringify(schema, null, 2)}\n`;
}

export function readExportSchema(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`${name}.schema.json`, EXPORT_SCHEMA_DIR), "utf8")) as Record<string, unknown>;
}

export async function writeOpenData(archive: Archive, siteUrl: string, outputDir: string, licence: Licence = LICENCE): Promise<string[]> {
  const files = new Map<string, string>();
  for (const file of openDataFiles(archive, siteUrl, licence)) {
    files.set(dataPath(file.dataset.name, "json"), file.json);
    if (file.csv !== undefined) files.set(dataPath(file.dataset.name, "csv"), file.csv);
    files.set(schemaPath(file.dataset.name), publishedSchema(file.dataset.name, siteUrl));
  }
  files.set(schemaPath(COMMON_SCHEMA), publishedSchema(COMMON_SCHEMA, siteUrl));
  await writeFiles(outputDir, files);
  return [...files.keys()];
}

