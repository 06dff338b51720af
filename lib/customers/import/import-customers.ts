import type { Prisma } from "@/lib/db/client";
import { previewHead, shorten, shortenValues } from "../../shared/csv-table";
import { orgDb } from "@/lib/db/org-db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { customerAuditRow } from "../records/customer-audit";
import { parseCustomerCsv, type ParsedCsv } from "./parse-customer-csv";
import { planCustomerImport, type ExistingCustomer, type PlannedRow, type ImportSummary } from "./plan-customer-import";

// CSV import in two steps. Preview parses and plans without writing. Import parses and plans
// the same text again (never trusting the preview) inside one transaction and writes every row
// or none: any row error, or any conflict found while writing, rolls everything back.
export type ImportPreview = Omit<ParsedCsv, "rows"> & { rows: PlannedRow[]; summary: ImportSummary };

const existingSelect = { id: true, name: true, email: true, phone: true, telegramUserId: true, tags: true, notes: true } as const;

async function findExisting(client: Prisma.TransactionClient, orgId: string, parsed: ParsedCsv): Promise<ExistingCustomer[]> {
  const emails = [...new Set(parsed.rows.flatMap((r) => (r.fields?.email ? [r.fields.email] : [])))];
  const telegramIds = [...new Set(parsed.rows.flatMap((r) => (r.fields?.telegramUserId != null ? [r.fields.telegramUserId] : [])))];
  if (emails.length === 0 && telegramIds.length === 0) return [];
  return client.customer.findMany({
    where: { OR: [...(emails.length ? [{ email: { in: emails } }] : []), ...(telegramIds.length ? [{ telegramUserId: { in: telegramIds } }] : [])] },
    select: existingSelect,
  });
}

async function plan(client: Prisma.TransactionClient, orgId: string, csvText: string): Promise<ImportPreview> {
  const parsed = parseCustomerCsv(csvText);
  if (parsed.fileErrors.length) return { ...parsed, rows: [], summary: { new: 0, update: 0, unchanged: 0, error: 0 } };
  const planned = planCustomerImport(parsed.rows, await findExisting(client, orgId, parsed));
  return { ...parsed, ...planned };
}

export async function previewCustomerImport({ orgId, csvText }: { orgId: string; csvText: string }): Promise<ImportPreview> {
  return plan(orgDb(orgId), orgId, csvText);
}

export type ImportResult = { created: number; updated: number; unchanged: number };

export async function importCustomers({ orgId, actorUserId, csvText }: { orgId: string; actorUserId: string | null; csvText: string }): Promise<ImportResult> {
  try {
    return await orgDb(orgId).$transaction(
      async (tx) => {
        const preview = await plan(tx, orgId, csvText);
        if (preview.fileErrors.length) throw new AppError("BAD_INPUT", preview.fileErrors[0]);
        if (preview.summary.error > 0) throw new AppError("BAD_INPUT", `${preview.summary.error} row${preview.summary.error === 1 ? " has" : "s have"} errors. Nothing was imported; fix the file and preview again.`);

        const fresh = preview.rows.filter((r) => r.status === "new");
        const updates = preview.rows.filter((r) => r.status === "update");
        const created = fresh.length ? await tx.customer.createManyAndReturn({ data: fresh.map((r) => ({ orgId, ...r.result!, source: "IMPORT" as const })), select: { id: true } }) : [];
        for (const r of updates) {
          const { count } = await tx.customer.updateMany({ where: { id: r.match!.id }, data: r.result! });
          if (count !== 1) throw new AppError("CONFLICT", "A customer changed while importing. Nothing was imported; preview again.");
        }
        const audit = [
          ...created.map((c) => customerAuditRow({ orgId, actorUserId, action: "customer.created", customerId: c.id, data: { via: "import" } })),
          ...updates.map((r) => customerAuditRow({ orgId, actorUserId, action: "customer.updated", customerId: r.match!.id, data: { changed: r.changed, via: "import" } })),
        ];
        if (audit.length) await tx.auditLog.createMany({ data: audit });
        return { created: created.length, updated: updates.length, unchanged: preview.summary.unchanged };
      },
      { timeout: 120_000, maxWait: 10_000 },
    );
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError("CONFLICT", "Another change to these customers happened while importing. Nothing was imported; preview again.");
    throw err;
  }
}

/** What the preview table needs, small enough to send to the browser (long cells shortened). */
export type ImportPreviewView = Omit<ImportPreview, "rows"> & {
  rows: { row: number; status: PlannedRow["status"]; values: PlannedRow["values"]; errors: string[]; match: string | null; changed: string[] }[];
};

const changedLabels = { name: "name", email: "email", phone: "phone", telegramUserId: "telegram_user_id", tags: "tags", notes: "notes" } as const;

export function toPreviewView(preview: ImportPreview): ImportPreviewView {
  return {
    ...previewHead(preview),
    rows: preview.rows.map((r) => ({
      row: r.row,
      status: r.status,
      values: shortenValues(r.values, 80),
      errors: r.errors.map((e) => shorten(e, 200)),
      match: r.match?.name ?? null,
      changed: r.changed.map((k) => changedLabels[k]),
    })),
  };
}
