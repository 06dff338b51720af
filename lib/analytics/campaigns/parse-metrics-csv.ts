import { unguardFormula } from "@/lib/shared/csv-cells";
import { readCsvTable } from "@/lib/shared/csv-table";
import { parseCalendarDate, toIsoDate } from "./calendar-date";
import type { MetricTotals } from "./campaign-metrics";
import { MAX_MINOR, parseMoney } from "../../shared/parse-money";

// Pure: a CSV of daily campaign metrics -> rows, each with its values or its errors. Columns:
// date (required), impressions, clicks, conversions, cost, revenue (cost and revenue in the
// currency's major units, "12.50"). A column the file does not have is left as it is on days
// that exist and is 0 on new days; an empty cell is 0.
export const metricColumns = ["date", "impressions", "clicks", "conversions", "cost", "revenue"] as const;
export type MetricColumn = (typeof metricColumns)[number];
export type MetricField = Exclude<MetricColumn, "date">;
export const metricFields: readonly MetricField[] = ["impressions", "clicks", "conversions", "cost", "revenue"];

const aliases: Record<string, MetricColumn> = {
  date: "date",
  day: "date",
  reporting_starts: "date",
  report_date: "date",
  impressions: "impressions",
  impr: "impressions",
  impr_: "impressions",
  views: "impressions",
  clicks: "clicks",
  link_clicks: "clicks",
  click: "clicks",
  conversions: "conversions",
  conv: "conversions",
  conv_: "conversions",
  purchases: "conversions",
  results: "conversions",
  orders: "conversions",
  cost: "cost",
  spend: "cost",
  amount_spent: "cost",
  ad_spend: "cost",
  revenue: "revenue",
  conversion_value: "revenue",
  conv_value: "revenue",
  purchase_value: "revenue",
  sales: "revenue",
  value: "revenue",
};

export type MetricRow = {
  /** The row number a spreadsheet shows (the header is row 1). */
  row: number;
  values: Record<MetricColumn, string>;
  /** The parsed day when the row is valid; only the columns the file has are set. */
  data: ({ date: Date } & Partial<MetricTotals>) | null;
  errors: string[];
};

export type ParsedMetricsCsv = { fileErrors: string[]; columns: MetricColumn[]; ignoredColumns: string[]; rows: MetricRow[] };

const fail = (message: string): ParsedMetricsCsv => ({ fileErrors: [message], columns: [], ignoredColumns: [], rows: [] });
const COUNT = /^\d{1,10}$/;
const COUNT_GROUPED = /^\d{1,3}(,\d{3})+$/;

/** A whole non-negative count: "1234", "1,234", "1 234"; blank is 0. */
export function parseCount(input: string): { ok: true; value: number } | { ok: false; error: string } {
  const s = input.trim().replace(/[\s\u00a0\u202f]/g, "");
  if (s === "") return { ok: true, value: 0 };
  if (/^-/.test(s)) return { ok: false, error: "cannot be negative" };
  const plain = COUNT_GROUPED.test(s) ? s.replace(/,/g, "") : /^\d+\.0*$/.test(s) ? s.replace(/\..*$/, "") : s;
  if (!COUNT.test(plain)) return { ok: false, error: "must be a whole number" };
  const value = Number(plain);
  if (value > MAX_MINOR) return { ok: false, error: "is too large" };
  return { ok: true, value };
}

/** `latest`: the last day that can have metrics (today in the org's time zone); later days are row errors. */
export function parseMetricsCsv(input: string, currency: string, { latest }: { latest?: Date } = {}): ParsedMetricsCsv {
  const table = readCsvTable(input, aliases);
  if ("error" in table) return fail(table.error);
  const { header, records, indexOf, ignoredColumns } = table;
  if (!indexOf.has("date")) return fail('The header row needs a "date" column (recognised: date, impressions, clicks, conversions, cost, revenue).');
  if (!metricFields.some((f) => indexOf.has(f))) return fail("The header row needs at least one of: impressions, clicks, conversions, cost, revenue.");
  if (records.length === 0) return fail("The file has a header but no rows.");

  const rows = records.map((cells, i) => toRow(cells, i + 2, indexOf, header.length, currency));
  if (latest) {
    for (const r of rows) {
      if (r.data && r.data.date > latest) {
        r.errors.unshift(`date: ${toIsoDate(r.data.date)} is in the future`);
        r.data = null;
      }
    }
  }
  const firstRow = new Map<string, number>();
  for (const r of rows) {
    if (!r.data) continue;
    const key = toIsoDate(r.data.date);
    const first = firstRow.get(key);
    if (first === undefined) firstRow.set(key, r.row);
    else {
      r.errors.push(`date: ${key} appears twice in this file (same as row ${first})`);
      r.data = null;
    }
  }
  return { fileErrors: [], columns: metricColumns.filter((c) => indexOf.has(c)), ignoredColumns, rows };
}

function toRow(cells: string[], row: number, indexOf: Map<MetricColumn, number>, width: number, currency: string): MetricRow {
  const values = Object.fromEntries(metricColumns.map((c) => [c, indexOf.has(c) ? unguardFormula(cells[indexOf.get(c)!] ?? "").trim() : ""])) as Record<MetricColumn, string>;
  const errors: string[] = [];
  if (cells.slice(width).some((c) => c.trim() !== "")) errors.push(`Row has ${cells.length} cells but the header has ${width}`);
  const date = parseCalendarDate(values.date);
  if (!date) errors.push(values.date ? `date: "${values.date.slice(0, 20)}" is not a date; use YYYY-MM-DD` : "date: missing");
  const data: Partial<MetricTotals> = {};
  for (const field of metricFields) {
    if (!indexOf.has(field)) continue;
    const raw = values[field];
    if (field === "cost" || field === "revenue") {
      if (raw === "") data[field] = 0;
      else {
        const money = parseMoney(raw, currency);
        if (money.ok) data[field] = money.minor;
        else errors.push(`${field}: ${money.error.charAt(0).toLowerCase()}${money.error.slice(1)}`);
      }
    } else {
      const count = parseCount(raw);
      if (count.ok) data[field] = count.value;
      else errors.push(`${field}: ${count.error}`);
    }
  }
  return { row, values, data: errors.length === 0 && date ? { date, ...data } : null, errors };
}
