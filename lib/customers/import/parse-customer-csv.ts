import Papa from "papaparse";
import { customerFieldsSchema, type CustomerFields } from "../records/customer-fields";
import { detectDelimiter, unguardFormula } from "../../shared/csv-cells";

// Pure: CSV text -> rows, each with its validated fields or its errors. No database here; the
// import plan (new / update) is decided against existing customers in plan-customer-import.ts.
export const csvImportLimits = { MAX_BYTES: 2 * 1024 * 1024, MAX_ROWS: 5000 } as const;

export const csvColumns = ["name", "email", "phone", "tags", "telegram_user_id", "notes"] as const;
export type CsvColumn = (typeof csvColumns)[number];

const aliases: Record<string, CsvColumn> = {
  name: "name", full_name: "name", fullname: "name", customer: "name", customer_name: "name", client: "name", client_name: "name",
  email: "email", e_mail: "email", email_address: "email", mail: "email",
  phone: "phone", phone_number: "phone", mobile: "phone", mobile_phone: "phone", tel: "phone", telephone: "phone",
  tags: "tags", tag: "tags", labels: "tags", label: "tags",
  telegram_user_id: "telegram_user_id", telegram_id: "telegram_user_id", telegram: "telegram_user_id", telegramuserid: "telegram_user_id", tg_id: "telegram_user_id", telegram_user: "telegram_user_id",
  notes: "notes", note: "notes", comment: "notes", comments: "notes",
};

const fieldOf: Record<CsvColumn, keyof CustomerFields> = { name: "name", email: "email", phone: "phone", tags: "tags", telegram_user_id: "telegramUserId", notes: "notes" };
const columnOf = Object.fromEntries(Object.entries(fieldOf).map(([c, f]) => [f, c])) as Record<keyof CustomerFields, CsvColumn>;

export const normalizeHeader = (h: string) => h.replace(/^\uFEFF/, "").trim().toLowerCase().replace(/[\s\-.]+/g, "_");

export type CsvRow = {
  /** The row number a spreadsheet shows (the header is row 1). */
  row: number;
  values: Record<CsvColumn, string>;
  fields: CustomerFields | null;
  errors: string[];
};

export type ParsedCsv = { fileErrors: string[]; columns: CsvColumn[]; ignoredColumns: string[]; rows: CsvRow[] };

const fail = (message: string): ParsedCsv => ({ fileErrors: [message], columns: [], ignoredColumns: [], rows: [] });

export function parseCustomerCsv(input: string): ParsedCsv {
  if (typeof input !== "string" || input.trim() === "") return fail("The file is empty.");
  if (Buffer.byteLength(input, "utf8") > csvImportLimits.MAX_BYTES) return fail("The file is larger than 2 MB. Split it into smaller files.");
  if (input.includes("\u0000")) return fail("This does not look like a text CSV file.");
  // What a browser makes of non-UTF-8 bytes (e.g. an old Excel "CSV" in Windows-1252).
  if (input.includes("\uFFFD")) return fail('The file is not UTF-8 text, so accents would be lost. In Excel, save it as "CSV UTF-8".');
  const text = input.replace(/^\uFEFF/, "");
  const parsed = Papa.parse<string[]>(text, { delimiter: detectDelimiter(text), skipEmptyLines: "greedy" });
  const broken = parsed.errors.find((e) => e.type === "Quotes");
  if (broken) return fail(`The file has a broken quote (a cell opened with " but not closed properly) near row ${(broken.row ?? 0) + 1}.`);
  const [header = [], ...records] = parsed.data;
  if (records.length > csvImportLimits.MAX_ROWS) return fail(`The file has ${records.length} rows; the limit is ${csvImportLimits.MAX_ROWS}.`);

  const indexOf = new Map<CsvColumn, number>();
  const ignoredColumns: string[] = [];
  for (const [i, raw] of header.entries()) {
    const column = aliases[normalizeHeader(raw)];
    if (!column) {
      if (raw.trim()) ignoredColumns.push(raw.trim().slice(0, 60));
      continue;
    }
    if (indexOf.has(column)) return fail(`The column "${column}" appears twice in the header.`);
    indexOf.set(column, i);
  }
  if (!indexOf.has("name")) return fail('The header row needs a "name" column (recognised: name, email, phone, tags, telegram_user_id, notes).');
  if (records.length === 0) return fail("The file has a header but no rows.");

  const rows = records.map((cells, i) => toRow(cells, i + 2, indexOf, header.length));
  markDuplicates(rows, "email", (f) => f.email, "email");
  markDuplicates(rows, "telegram_user_id", (f) => f.telegramUserId?.toString() ?? null, "Telegram user id");
  return { fileErrors: [], columns: csvColumns.filter((c) => indexOf.has(c)), ignoredColumns, rows };
}

function toRow(cells: string[], row: number, indexOf: Map<CsvColumn, number>, width: number): CsvRow {
  const values = Object.fromEntries(csvColumns.map((c) => [c, indexOf.has(c) ? unguardFormula(cells[indexOf.get(c)!] ?? "") : ""])) as Record<CsvColumn, string>;
  const errors: string[] = [];
  if (cells.slice(width).some((c) => c.trim() !== "")) errors.push(`Row has ${cells.length} cells but the header has ${width}`);
  const parsed = customerFieldsSchema.safeParse({ name: values.name, email: values.email, phone: values.phone, telegramUserId: values.telegram_user_id, tags: values.tags, notes: values.notes });
  if (!parsed.success) {
    const seen = new Set<string>();
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? "row");
      if (seen.has(key)) continue;
      seen.add(key);
      errors.push(`${columnOf[key as keyof CustomerFields] ?? key}: ${issue.message}`);
    }
  }
  return { row, values, fields: parsed.success && errors.length === 0 ? parsed.data : null, errors };
}

function markDuplicates(rows: CsvRow[], column: CsvColumn, keyOf: (f: CustomerFields) => string | null, label: string) {
  const firstRow = new Map<string, number>();
  for (const r of rows) {
    const key = r.fields ? keyOf(r.fields) : null;
    if (key === null) continue;
    const first = firstRow.get(key);
    if (first === undefined) firstRow.set(key, r.row);
    else {
      r.errors.push(`${column}: Duplicate ${label} in this file (same as row ${first})`);
      r.fields = null;
    }
  }
}
