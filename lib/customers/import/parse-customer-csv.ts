import { customerFieldsSchema, type CustomerFields } from "../records/customer-fields";
import { unguardFormula } from "../../shared/csv-cells";
import { readCsvTable } from "../../shared/csv-table";

// Pure: CSV text -> rows, each with its validated fields or its errors. No database here; the
// import plan (new / update) is decided against existing customers in plan-customer-import.ts.
export { csvImportLimits } from "../../shared/csv-table";

export const csvColumns = ["name", "email", "phone", "tags", "telegram_user_id", "notes"] as const;
export type CsvColumn = (typeof csvColumns)[number];

const aliases: Record<string, CsvColumn> = {
  name: "name",
  full_name: "name",
  fullname: "name",
  customer: "name",
  customer_name: "name",
  client: "name",
  client_name: "name",
  email: "email",
  e_mail: "email",
  email_address: "email",
  mail: "email",
  phone: "phone",
  phone_number: "phone",
  mobile: "phone",
  mobile_phone: "phone",
  tel: "phone",
  telephone: "phone",
  tags: "tags",
  tag: "tags",
  labels: "tags",
  label: "tags",
  telegram_user_id: "telegram_user_id",
  telegram_id: "telegram_user_id",
  telegram: "telegram_user_id",
  telegramuserid: "telegram_user_id",
  tg_id: "telegram_user_id",
  telegram_user: "telegram_user_id",
  notes: "notes",
  note: "notes",
  comment: "notes",
  comments: "notes",
};

const fieldOf: Record<CsvColumn, keyof CustomerFields> = { name: "name", email: "email", phone: "phone", tags: "tags", telegram_user_id: "telegramUserId", notes: "notes" };
const columnOf = Object.fromEntries(Object.entries(fieldOf).map(([c, f]) => [f, c])) as Record<keyof CustomerFields, CsvColumn>;

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
  const table = readCsvTable(input, aliases);
  if ("error" in table) return fail(table.error);
  const { header, records, indexOf, ignoredColumns } = table;
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
