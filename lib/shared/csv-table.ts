import Papa from "papaparse";
import { detectDelimiter } from "./csv-cells";

// The first half of every CSV import (customers, campaign metrics): the file checks a person can
// act on (empty, too big, not text, not UTF-8, a broken quote, too many rows) and the header
// mapped to known columns through their aliases. What the rows mean is the caller's.

export const csvImportLimits = { MAX_BYTES: 2 * 1024 * 1024, MAX_ROWS: 5000 } as const;

export const normalizeHeader = (h: string) =>
  h
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase()
    .replace(/[\s\-.]+/g, "_");

export type CsvTable<C extends string> = { header: string[]; records: string[][]; indexOf: Map<C, number>; ignoredColumns: string[] };

/** Reads the file into its header and records; `{ error }` is the one message to show. */
export function readCsvTable<C extends string>(input: string, aliases: Record<string, C>): CsvTable<C> | { error: string } {
  if (typeof input !== "string" || input.trim() === "") return { error: "The file is empty." };
  if (Buffer.byteLength(input, "utf8") > csvImportLimits.MAX_BYTES) return { error: "The file is larger than 2 MB. Split it into smaller files." };
  if (input.includes("\u0000")) return { error: "This does not look like a text CSV file." };
  // What a browser makes of non-UTF-8 bytes (e.g. an old Excel "CSV" in Windows-1252).
  if (input.includes("\uFFFD")) return { error: 'The file is not UTF-8 text, so accents would be lost. In Excel, save it as "CSV UTF-8".' };
  const text = input.replace(/^\uFEFF/, "");
  const parsed = Papa.parse<string[]>(text, { delimiter: detectDelimiter(text), skipEmptyLines: "greedy" });
  const broken = parsed.errors.find((e) => e.type === "Quotes");
  if (broken) return { error: `The file has a broken quote (a cell opened with " but not closed properly) near row ${(broken.row ?? 0) + 1}.` };
  const [header = [], ...records] = parsed.data;
  if (records.length > csvImportLimits.MAX_ROWS) return { error: `The file has ${records.length} rows; the limit is ${csvImportLimits.MAX_ROWS}.` };
  const indexOf = new Map<C, number>();
  const ignoredColumns: string[] = [];
  for (const [i, raw] of header.entries()) {
    const column = aliases[normalizeHeader(raw)];
    if (!column) {
      if (raw.trim()) ignoredColumns.push(raw.trim().slice(0, 60));
      continue;
    }
    if (indexOf.has(column)) return { error: `The column "${column}" appears twice in the header.` };
    indexOf.set(column, i);
  }
  return { header, records, indexOf, ignoredColumns };
}

/** A cell cut to `max` characters for the preview table (the import itself uses the full value). */
export const shorten = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

export function shortenValues<V extends Record<string, string>>(values: V, max: number): V {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, shorten(v, max)])) as V;
}

/** The parts of an import preview the browser gets as they are; the rows are each import's own. */
export function previewHead<P extends { fileErrors: string[]; columns: unknown; ignoredColumns: string[]; summary: unknown }>(preview: P): Pick<P, "fileErrors" | "columns" | "ignoredColumns" | "summary"> {
  return { fileErrors: preview.fileErrors, columns: preview.columns, ignoredColumns: preview.ignoredColumns, summary: preview.summary };
}
