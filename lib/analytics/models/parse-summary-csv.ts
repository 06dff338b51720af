// Per-customer summary CSVs (lifetimes' layout: an id column, frequency, recency, T and optionally
// monetary_value / total_value) for the operator CLI and the CDNOW checks.
import Papa from "papaparse";
import type { CustomerSummary } from "./summarize-transactions";

export type SummaryColumn = "frequency" | "recency" | "T" | "monetary_value";

/**
 * Parse a summary CSV; `require` names the columns that must be there. Missing optional numeric
 * columns read as 0 (total_value falls back to monetary_value x frequency, the repeat spend).
 */
export function parseSummaryCsv(text: string, { require }: { require: SummaryColumn[] }): CustomerSummary[] {
  const parsed = Papa.parse<Record<string, string>>(text.trim(), { header: true, delimiter: ",", skipEmptyLines: true, transformHeader: (h) => h.trim() });
  if (parsed.errors.length > 0) {
    const e = parsed.errors[0];
    throw new Error(`CSV line ${(e.row ?? 0) + 2}: ${e.message}`);
  }
  const fields = parsed.meta.fields ?? [];
  // Column names are matched case-insensitively, except that "T" is also accepted as "t".
  const find = (name: string) => fields.find((f) => f.toLowerCase() === name.toLowerCase());
  for (const column of require) {
    if (!find(column)) throw new Error(`The summary CSV needs a "${column}" column (found: ${fields.join(", ") || "none"})`);
  }
  const idColumn = ["customer_id", "customerId", "id"].map(find).find(Boolean);
  const columns = { frequency: find("frequency"), recency: find("recency"), T: find("T"), monetary_value: find("monetary_value"), total_value: find("total_value") };
  if (parsed.data.length === 0) throw new Error("The summary CSV has no rows");
  return parsed.data.map((row, i) => {
    const line = i + 2;
    const num = (column: string | undefined, name: string, min = 0) => {
      if (!column) return 0;
      const raw = (row[column] ?? "").trim();
      const value = Number(raw);
      if (raw === "" || !Number.isFinite(value) || value < min) throw new Error(`CSV line ${line}: invalid ${name} "${raw}"`);
      return value;
    };
    const frequency = num(columns.frequency, "frequency");
    if (!Number.isInteger(frequency)) throw new Error(`CSV line ${line}: frequency must be a whole number`);
    const recency = num(columns.recency, "recency");
    const T = num(columns.T, "T");
    if (columns.recency && columns.T && recency > T + 1e-9) throw new Error(`CSV line ${line}: recency ${recency} is after T ${T}`);
    const monetary = num(columns.monetary_value, "monetary_value", -Infinity);
    return {
      customerId: idColumn ? String(row[idColumn]).trim() : String(i + 1),
      frequency,
      recency,
      T,
      monetary_value: monetary,
      total_value: columns.total_value ? num(columns.total_value, "total_value", -Infinity) : monetary * frequency,
    };
  });
}
