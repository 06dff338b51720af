import type { CustomerFields } from "../records/customer-fields";
import type { CsvRow } from "./parse-customer-csv";

// Pure: decides, for each parsed CSV row, whether it creates a customer, updates one (matched
// by email, else by Telegram user id), changes nothing, or cannot be imported.
export type ExistingCustomer = CustomerFields & { id: string };

export type ImportStatus = "new" | "update" | "unchanged" | "error";

export type PlannedRow = CsvRow & {
  status: ImportStatus;
  match: { id: string; name: string } | null;
  /** For "new": the fields to create. For "update": the merged fields to write. */
  result: CustomerFields | null;
  changed: (keyof CustomerFields)[];
};

export type ImportSummary = Record<ImportStatus, number>;

/** Given fields overwrite, empty cells keep what is there, tags are merged. */
export function mergeForImport(existing: CustomerFields, incoming: CustomerFields): CustomerFields {
  return {
    name: incoming.name,
    email: incoming.email ?? existing.email,
    phone: incoming.phone ?? existing.phone,
    telegramUserId: incoming.telegramUserId ?? existing.telegramUserId,
    tags: [...new Set([...existing.tags, ...incoming.tags])],
    notes: incoming.notes ?? existing.notes,
  };
}

const keys = ["name", "email", "phone", "telegramUserId", "tags", "notes"] as const;
const changedKeys = (a: CustomerFields, b: CustomerFields) => keys.filter((k) => (k === "tags" ? a.tags.join("\u0000") !== b.tags.join("\u0000") : a[k] !== b[k]));

export function planCustomerImport(rows: CsvRow[], existing: ExistingCustomer[]): { rows: PlannedRow[]; summary: ImportSummary } {
  const byEmail = new Map(existing.filter((c) => c.email).map((c) => [c.email!, c]));
  const byTelegram = new Map(existing.filter((c) => c.telegramUserId !== null).map((c) => [c.telegramUserId!.toString(), c]));
  const claimedBy = new Map<string, number>(); // existing customer id -> the row that updates it
  const summary: ImportSummary = { new: 0, update: 0, unchanged: 0, error: 0 };

  const planned = rows.map((row): PlannedRow => {
    const errorRow = (errors: string[]): PlannedRow => ({ ...row, errors, status: "error", match: null, result: null, changed: [] });
    if (!row.fields || row.errors.length > 0) return errorRow(row.errors.length ? row.errors : ["Row is invalid"]);
    const f = row.fields;
    const viaEmail = f.email ? byEmail.get(f.email) : undefined;
    const viaTelegram = f.telegramUserId !== null ? byTelegram.get(f.telegramUserId.toString()) : undefined;
    if (viaEmail && viaTelegram && viaEmail.id !== viaTelegram.id) {
      return errorRow([`telegram_user_id: Already belongs to another customer (${viaTelegram.name})`]);
    }
    const target = viaEmail ?? viaTelegram;
    if (!target) return { ...row, status: "new", match: null, result: f, changed: [] };
    const claimed = claimedBy.get(target.id);
    if (claimed !== undefined) return errorRow([`Updates the same customer (${target.name}) as row ${claimed}`]);
    claimedBy.set(target.id, row.row);
    const result = mergeForImport(target, f);
    const changed = changedKeys(target, result);
    return { ...row, status: changed.length ? "update" : "unchanged", match: { id: target.id, name: target.name }, result, changed };
  });
  for (const r of planned) summary[r.status]++;
  return { rows: planned, summary };
}
