import type { Prisma } from "@/lib/db/client";
import { previewHead, shorten, shortenValues } from "@/lib/shared/csv-table";
import { orgDb } from "@/lib/db/org-db";
import { AppError } from "@/lib/errors";
import { toIsoDate, todayIn } from "./calendar-date";
import type { MetricTotals } from "./campaign-metrics";
import { isCampaignId } from "./get-campaign";
import { metricFields, parseMetricsCsv, type MetricColumn, type MetricRow, type ParsedMetricsCsv } from "./parse-metrics-csv";

// CSV import of a campaign's daily metrics in two steps, like the customers import. Preview
// parses and plans without writing. Import locks the campaign row, parses and plans the same text
// again (never trusting the preview) and writes every day or none: one (campaign, date) row per
// day, created or updated (upsert); any row error rolls everything back.
export type MetricImportStatus = "new" | "update" | "unchanged" | "error";
export type PlannedMetricRow = MetricRow & { status: MetricImportStatus; result: (MetricTotals & { date: Date }) | null; changed: (keyof MetricTotals)[] };
export type MetricImportSummary = Record<MetricImportStatus, number>;
export type MetricImportPreview = Omit<ParsedMetricsCsv, "rows"> & { rows: PlannedMetricRow[]; summary: MetricImportSummary };

type Existing = MetricTotals & { date: Date };

/** Pure: each parsed row against the days the campaign already has. Columns the file lacks keep their value. */
export function planMetricsImport(rows: MetricRow[], existing: Existing[]): { rows: PlannedMetricRow[]; summary: MetricImportSummary } {
  const byDate = new Map(existing.map((e) => [toIsoDate(e.date), e]));
  const summary: MetricImportSummary = { new: 0, update: 0, unchanged: 0, error: 0 };
  const planned = rows.map((r): PlannedMetricRow => {
    if (!r.data) {
      summary.error++;
      return { ...r, status: "error", result: null, changed: [] };
    }
    const before = byDate.get(toIsoDate(r.data.date));
    const base: MetricTotals = before ?? { impressions: 0, clicks: 0, conversions: 0, cost: 0, revenue: 0 };
    const result = { date: r.data.date, ...Object.fromEntries(metricFields.map((f) => [f, r.data![f] ?? base[f]])) } as Existing;
    if (!before) {
      summary.new++;
      return { ...r, status: "new", result, changed: [] };
    }
    const changed = metricFields.filter((f) => result[f] !== before[f]);
    const status = changed.length ? "update" : "unchanged";
    summary[status]++;
    return { ...r, status, result, changed };
  });
  return { rows: planned, summary };
}

type CampaignRef = { id: string; currency: string; timezone: string; broadcastId: string | null };

async function plan(tx: Prisma.TransactionClient, orgId: string, campaign: CampaignRef, csvText: string): Promise<MetricImportPreview> {
  const parsed = parseMetricsCsv(csvText, campaign.currency, { latest: todayIn(campaign.timezone) });
  if (parsed.fileErrors.length) return { ...parsed, rows: [], summary: { new: 0, update: 0, unchanged: 0, error: 0 } };
  const dates = parsed.rows.flatMap((r) => (r.data ? [r.data.date] : []));
  const existing = dates.length ? await tx.campaignMetric.findMany({ where: { campaignId: campaign.id, date: { in: dates } }, select: { date: true, impressions: true, clicks: true, conversions: true, cost: true, revenue: true } }) : [];
  return { ...parsed, ...planMetricsImport(parsed.rows, existing) };
}

async function findCampaign(tx: Prisma.TransactionClient, orgId: string, campaignId: string, lock: boolean): Promise<CampaignRef> {
  if (!isCampaignId(campaignId)) throw new AppError("NOT_FOUND", "Campaign not found.");
  // FOR UPDATE serialises two imports into one campaign (the second sees the first's days).
  const rows = lock
    ? await tx.$queryRaw<CampaignRef[]>`
        SELECT c."id", c."currency", o."timezone", c."broadcastId" FROM "Campaign" c JOIN "Organization" o ON o."id" = c."orgId"
        WHERE c."id" = ${campaignId} AND c."orgId" = ${orgId} FOR UPDATE OF c`
    : (await tx.campaign.findMany({ where: { id: campaignId }, select: { id: true, currency: true, broadcastId: true, org: { select: { timezone: true } } } })).map((c) => ({
        id: c.id,
        currency: c.currency,
        timezone: c.org.timezone,
        broadcastId: c.broadcastId,
      }));
  if (rows.length !== 1) throw new AppError("NOT_FOUND", "Campaign not found.");
  if (rows[0].broadcastId) throw new AppError("CONFLICT", "This campaign records a Telegram broadcast: its metrics are computed from the deliveries and orders, not imported.");
  return rows[0];
}

export async function previewMetricsImport({ orgId, campaignId, csvText }: { orgId: string; campaignId: string; csvText: string }): Promise<MetricImportPreview> {
  const scoped = orgDb(orgId);
  const campaign = await findCampaign(scoped, orgId, campaignId, false);
  return plan(scoped, orgId, campaign, csvText);
}

export type MetricImportResult = MetricImportSummary;

export async function importCampaignMetrics({ orgId, actorUserId, campaignId, csvText }: { orgId: string; actorUserId: string | null; campaignId: string; csvText: string }): Promise<MetricImportResult> {
  return orgDb(orgId).$transaction(
    async (tx) => {
      const campaign = await findCampaign(tx, orgId, campaignId, true);
      const preview = await plan(tx, orgId, campaign, csvText);
      if (preview.fileErrors.length) throw new AppError("BAD_INPUT", preview.fileErrors[0]);
      const { error } = preview.summary;
      if (error > 0) throw new AppError("BAD_INPUT", `${error} row${error === 1 ? " has" : "s have"} errors. Nothing was imported; fix the file and preview again.`);
      const writes = preview.rows.filter((r) => r.status === "new" || r.status === "update");
      if (writes.length) {
        // Upsert as delete + create of the changed days: two statements for any number of rows.
        const updated = writes.filter((r) => r.status === "update").map((r) => r.result!.date);
        if (updated.length) await tx.campaignMetric.deleteMany({ where: { campaignId: campaign.id, date: { in: updated } } });
        await tx.campaignMetric.createMany({ data: writes.map((r) => ({ orgId, campaignId: campaign.id, ...r.result! })) });
        await tx.auditLog.create({
          data: { orgId, actorUserId, action: "campaign.metrics_imported", targetType: "Campaign", targetId: campaign.id, data: { new: preview.summary.new, updated: preview.summary.update } },
        });
      }
      return preview.summary;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}

/** What the preview table needs, small enough for the browser. */
export type MetricImportPreviewView = Omit<MetricImportPreview, "rows"> & {
  rows: { row: number; status: MetricImportStatus; values: Record<MetricColumn, string>; errors: string[]; changed: string[] }[];
};

export function toMetricPreviewView(preview: MetricImportPreview): MetricImportPreviewView {
  return {
    ...previewHead(preview),
    rows: preview.rows.map((r) => ({
      row: r.row,
      status: r.status,
      values: shortenValues(r.values, 40),
      errors: r.errors.map((e) => shorten(e, 200)),
      changed: r.changed,
    })),
  };
}
