// Purchase logs from files: a CSV with a `customer_id,date,amount` header, or the CDNOW text format
// (`customer_id sample_id yyyymmdd quantity dollars`, whitespace separated). Errors name the line.
import Papa from "papaparse";
import { toDayNumber, type Transaction } from "./summarize-transactions";

const CDNOW_LINE = /^\s*(\d+)\s+(\d+)\s+(\d{4})(\d{2})(\d{2})\s+(\d+)\s+(-?\d+(?:\.\d+)?)\s*$/;

export type TransactionsFormat = "csv" | "cdnow";

export function detectTransactionsFormat(text: string): TransactionsFormat {
  const firstLine = text.split(/\r?\n/, 20).find((line) => line.trim() !== "") ?? "";
  return CDNOW_LINE.test(firstLine) ? "cdnow" : "csv";
}

/** Parse either format (detected from the first line). */
export function parseTransactions(text: string): Transaction[] {
  return detectTransactionsFormat(text) === "cdnow" ? parseCdnowTransactions(text) : parseTransactionsCsv(text);
}

/**
 * CDNOW sample: the customer is the second column (the sample's own 1..2357 numbering, leading
 * zeros dropped), which is the ID of the published cdnow_customers_summary.csv.
 */
export function parseCdnowTransactions(text: string): Transaction[] {
  const out: Transaction[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === "") continue;
    const m = CDNOW_LINE.exec(line);
    if (!m) throw new Error(`Line ${i + 1}: not in the CDNOW format (customer id, sample id, yyyymmdd, quantity, amount)`);
    out.push({ customerId: String(Number(m[2])), date: `${m[3]}-${m[4]}-${m[5]}`, amount: Number(m[7]) });
  }
  return out;
}

// The calendar part is checked on its own: Date.parse accepts 2020-02-30 and rolls it over.
const validDate = (date: string) => {
  try {
    toDayNumber(date);
    toDayNumber(date.slice(0, 10));
    return true;
  } catch {
    return false;
  }
};

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}([T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

/** CSV with a header naming customer_id and date, and optionally amount. */
export function parseTransactionsCsv(text: string): Transaction[] {
  const parsed = Papa.parse<Record<string, string>>(text.trim(), { header: true, delimiter: ",", skipEmptyLines: true, transformHeader: (h) => h.trim().toLowerCase() });
  if (parsed.errors.length > 0) {
    const e = parsed.errors[0];
    throw new Error(`CSV line ${(e.row ?? 0) + 2}: ${e.message}`);
  }
  const fields = parsed.meta.fields ?? [];
  for (const column of ["customer_id", "date"]) {
    if (!fields.includes(column)) throw new Error(`The transactions CSV needs a "${column}" column (found: ${fields.join(", ") || "none"})`);
  }
  const hasAmount = fields.includes("amount");
  return parsed.data.map((row, i) => {
    const line = i + 2;
    const customerId = (row.customer_id ?? "").trim();
    if (!customerId) throw new Error(`CSV line ${line}: empty customer_id`);
    const date = (row.date ?? "").trim();
    if (!ISO_DATE_TIME.test(date) || !validDate(date)) throw new Error(`CSV line ${line}: invalid date "${date}" (expected YYYY-MM-DD)`);
    const transaction: Transaction = { customerId, date };
    if (hasAmount) {
      const raw = (row.amount ?? "").trim();
      const amount = Number(raw);
      if (raw === "" || !Number.isFinite(amount)) throw new Error(`CSV line ${line}: invalid amount "${raw}"`);
      transaction.amount = amount;
    }
    return transaction;
  });
}
