// Recompute one organization's analytics: stream its paid orders (org currency) out of Postgres,
// hand them to the pure computeCustomerScores, and replace the org's CustomerScore rows in one
// transaction (delete + chunked unnest inserts). The AnalyticsRun row carries progress, stage,
// the fitted parameters and data notes for the UI. Raw `pg` on a connection of the plain pool on
// purpose: a million Prisma row objects would cost more than the models themselves.
import pg from "pg";
import { db } from "@/lib/db/client";
import { pgPool } from "@/lib/db/pg-pool";
import { refreshBroadcastCampaigns } from "../campaigns/record-broadcast-campaign";
import { computeCustomerScores, MINIMUMS, type ScoresResult } from "../models/compute-customer-scores";
import type { Transaction } from "../models/summarize-transactions";

export const RECOMPUTE_SETTINGS = { horizonDays: 90, clvMonths: 12, monthlyDiscountRate: 0.01, seed: 42 } as const;
const INSERT_CHUNK = 5_000;
const INT4_MAX = 2_147_483_647;

/** What a finished run stores in AnalyticsRun.summary (and the UI shows). */
export type AnalyticsRunSummary = {
  version: 1;
  calibrationEnd: string;
  currency: string;
  settings: typeof RECOMPUTE_SETTINGS;
  counts: {
    /** Paid orders in the org currency up to the calibration end: the input. */
    orders: number;
    /** Customers with at least one of those orders: each got a score row. */
    customers: number;
    repeatCustomers: number;
    /** Score rows of customers who no longer qualify, removed by this run. */
    removed: number;
    /** Paid orders in another currency, not included. */
    otherCurrencyOrders: number;
  };
  /** Data-sufficiency notes, in words for the UI (empty when every model was fitted). */
  notes: string[];
  minimums: typeof MINIMUMS;
  bgnbd: { r: number; alpha: number; a: number; b: number; logLikelihood: number; converged: boolean } | null;
  gammaGamma: { p: number; q: number; v: number; logLikelihood: number; converged: boolean } | null;
  kmeans: {
    k: number;
    silhouette: number;
    silhouetteByK: { k: number; silhouette: number }[];
    features: string[];
    /** Per cluster: size, words, and the typical member on the features' own scale (days, orders, minor units, days). */
    clusters: { id: number; size: number; description: string; typical: number[] }[];
  } | null;
  timingsMs: { load: number; summary: number; bgnbd: number; gammaGamma: number; rfm: number; kmeans: number; predictions: number; save: number; total: number };
};

export type RecomputeResult = { runId: string; summary: AnalyticsRunSummary };

type Loaded = { transactions: Transaction[]; orderCount: Int32Array; lastPaidMs: Float64Array; index: Map<string, number> };

/**
 * Recompute `orgId`. With `runId`, that run (of this org) is moved to RUNNING and finished;
 * without, a new run is created. A failure marks the run FAILED with a readable error and rethrows.
 */
export async function recomputeOrgAnalytics({ orgId, runId, now = new Date() }: { orgId: string; runId?: string; now?: Date }): Promise<RecomputeResult> {
  const started = performance.now();
  const org = await db.organization.findUnique({ where: { id: orgId }, select: { id: true, currency: true } });
  if (!org) throw new Error(`Organization ${orgId} not found`);

  let id = runId;
  if (id) {
    const claimed = await db.analyticsRun.updateMany({
      where: { id, orgId },
      data: { status: "RUNNING", progress: 0, stage: "Starting", startedAt: new Date(), finishedAt: null, error: null },
    });
    if (claimed.count === 0) throw new Error(`Analytics run ${id} not found for this organization`);
  } else {
    id = (await db.analyticsRun.create({ data: { orgId, status: "RUNNING", stage: "Starting", startedAt: new Date() }, select: { id: true } })).id;
  }
  const report = (progress: number, stage: string) => db.analyticsRun.update({ where: { id }, data: { progress, stage }, select: { id: true } });

  const pool = pgPool();
  let client: pg.PoolClient | undefined;
  let unusable: Error | undefined;
  const onError = (err: Error) => {
    unusable = err;
    console.error("[analytics] recompute connection", err.message);
  };
  try {
    client = await pool.connect();
    client.on("error", onError); // a checked-out connection has no other listener
    // One recompute per org at a time (a replaced stale run may still be going): wait for it. A
    // session lock: unlocked before the connection goes back to the pool (below).
    await client.query(`SELECT pg_advisory_lock(hashtext('analytics.recompute'), hashtext($1))`, [orgId]);
    await report(3, "Recording broadcast campaigns");
    await refreshBroadcastCampaigns({ orgId, now });
    await report(5, "Loading orders");
    const loadStart = performance.now();
    const loaded = await loadPaidOrders(client, { orgId, currency: org.currency, until: now });
    const otherCurrencyOrders = await countOtherCurrencyOrders(client, { orgId, currency: org.currency, until: now });
    const botMessages = await countBotMessages(client, { orgId, until: now });
    const loadMs = performance.now() - loadStart;

    await report(25, "Fitting models");
    const result = computeCustomerScores({ transactions: loaded.transactions, calibrationEnd: now, unit: "days", botMessages, ...RECOMPUTE_SETTINGS });
    const orderTotal = loaded.transactions.length;
    loaded.transactions.length = 0; // the log is not needed any more; let it go before the insert

    await report(70, "Saving scores");
    const saveStart = performance.now();
    const removed = await replaceScores(client, { orgId, result, loaded, computedAt: now, onChunk: (done) => report(70 + Math.round((25 * done) / Math.max(1, result.customers.length)), "Saving scores") });
    const saveMs = performance.now() - saveStart;

    const notes = [...result.notes, ...modelWarnings(result)];
    if (orderTotal === 0) notes.unshift(`No paid orders in ${org.currency} yet: scores appear after the first sales.`);
    if (otherCurrencyOrders > 0) notes.push(`${otherCurrencyOrders} paid order${otherCurrencyOrders === 1 ? "" : "s"} in currencies other than ${org.currency} ${otherCurrencyOrders === 1 ? "is" : "are"} not included.`);
    const summary = buildSummary({ result, currency: org.currency, now, notes, counts: { orders: orderTotal, removed, otherCurrencyOrders }, loadMs, saveMs, totalMs: performance.now() - started });
    await db.analyticsRun.update({ where: { id }, data: { status: "DONE", progress: 100, stage: "Done", summary, finishedAt: new Date() }, select: { id: true } });
    return { runId: id, summary };
  } catch (err) {
    const message = `Recompute failed: ${err instanceof Error ? err.message : String(err)}`.slice(0, 500);
    await db.analyticsRun.update({ where: { id }, data: { status: "FAILED", error: message, finishedAt: new Date() }, select: { id: true } }).catch((e) => console.error("[analytics] could not record the failure", e));
    throw err;
  } finally {
    if (client) {
      // Back in the pool unlocked; a connection whose lock state is unknown is closed instead.
      await client.query(`SELECT pg_advisory_unlock(hashtext('analytics.recompute'), hashtext($1))`, [orgId]).catch((err: Error) => void (unusable ??= err));
      client.removeListener("error", onError);
      client.release(unusable);
    }
  }
}

/** Timestamps are stored as UTC wall time (timestamp(3) without zone): compare in UTC. */
const UNTIL = `($3::timestamptz AT TIME ZONE 'UTC')`;

/** Streams (customerId, paidAt ms, amount) rows into one purchase log; nothing per row but the Transaction. */
async function loadPaidOrders(client: pg.PoolClient, { orgId, currency, until }: { orgId: string; currency: string; until: Date }): Promise<Loaded> {
  const transactions: Transaction[] = [];
  const index = new Map<string, number>();
  const ids: string[] = [];
  let orderCount = new Int32Array(1024);
  let lastPaidMs = new Float64Array(1024);
  const query = new pg.Query({
    text: `SELECT "customerId", (extract(epoch FROM "paidAt") * 1000)::float8, "amount"
           FROM "Order"
           WHERE "orgId" = $1 AND "status" = 'PAID' AND "currency" = $2 AND "paidAt" IS NOT NULL AND "paidAt" <= ${UNTIL}`,
    values: [orgId, currency, until.toISOString()],
    rowMode: "array",
  } as pg.QueryConfig<string[]>); // rowMode is honoured at runtime; the types only know it on client.query
  await new Promise<void>((resolve, reject) => {
    query.on("row", (row: [string, number, number]) => {
      let c = index.get(row[0]);
      if (c === undefined) {
        c = ids.length;
        index.set(row[0], c);
        ids.push(row[0]);
        if (c >= orderCount.length) {
          orderCount = grow(orderCount, new Int32Array(orderCount.length * 2));
          lastPaidMs = grow(lastPaidMs, new Float64Array(lastPaidMs.length * 2));
        }
      }
      const ms = row[1];
      orderCount[c]++;
      if (ms > lastPaidMs[c]) lastPaidMs[c] = ms;
      // The interned id: one string per customer, however many orders.
      transactions.push({ customerId: ids[c], date: new Date(ms), amount: row[2] });
    });
    query.on("end", () => resolve());
    query.on("error", reject);
    client.query(query);
  });
  return { transactions, orderCount, lastPaidMs, index };
}

function grow<T extends Int32Array | Float64Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

async function countOtherCurrencyOrders(client: pg.PoolClient, { orgId, currency, until }: { orgId: string; currency: string; until: Date }) {
  const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Order" WHERE "orgId" = $1 AND "status" = 'PAID' AND "currency" <> $2 AND "paidAt" IS NOT NULL AND "paidAt" <= ${UNTIL}`, [orgId, currency, until.toISOString()]);
  return rows[0].n;
}

/** Messages each customer sent the org's bots in the 90 days up to `until` (bot engagement). */
async function countBotMessages(client: pg.PoolClient, { orgId, until }: { orgId: string; until: Date }): Promise<Map<string, number>> {
  const { rows } = await client.query<[string, number]>({
    text: `SELECT s."customerId", count(*)::int
           FROM "BotMessage" m JOIN "BotSubscriber" s ON s."id" = m."subscriberId"
           WHERE m."orgId" = $1 AND m."direction" = 'IN' AND s."customerId" IS NOT NULL
             AND m."createdAt" > ($2::timestamptz AT TIME ZONE 'UTC') - interval '90 days' AND m."createdAt" <= ($2::timestamptz AT TIME ZONE 'UTC')
           GROUP BY 1`,
    values: [orgId, until.toISOString()],
    rowMode: "array",
  });
  return new Map(rows);
}

const churnBand = { low: "LOW", medium: "MEDIUM", high: "HIGH" } as const;

/** Delete the org's rows and insert the new ones in chunks, in one transaction; returns how many customers lost their score. */
async function replaceScores(client: pg.PoolClient, { orgId, result, loaded, computedAt, onChunk }: { orgId: string; result: ScoresResult; loaded: Loaded; computedAt: Date; onChunk: (done: number) => Promise<unknown> }): Promise<number> {
  const rows = result.customers;
  await client.query("BEGIN");
  try {
    const previous = await client.query<[string]>({ text: `DELETE FROM "CustomerScore" WHERE "orgId" = $1 RETURNING "customerId"`, values: [orgId], rowMode: "array" });
    let removed = 0;
    for (const [customerId] of previous.rows) if (!loaded.index.has(customerId)) removed++;
    for (let lo = 0; lo < rows.length; lo += INSERT_CHUNK) {
      const chunk = rows.slice(lo, lo + INSERT_CHUNK);
      const col = <T>(f: (c: (typeof rows)[number], i: number) => T) => chunk.map(f);
      const idx = (c: (typeof rows)[number]) => loaded.index.get(c.customerId)!;
      await client.query(
        `INSERT INTO "CustomerScore" ("customerId", "orgId", "orders", "totalSpent", "frequency", "recencyDays", "tenureDays", "monetaryValue",
           "lastOrderAt", "recencyScore", "frequencyScore", "monetaryScore", "rfmSegment", "cluster", "pAlive", "expectedPurchases90d",
           "expectedOrderValue", "clv12m", "churnRisk", "botMessages90d", "computedAt")
         SELECT u.customer_id, $1, u.orders, u.total_spent, u.frequency, u.recency, u.tenure, u.monetary,
           to_timestamp(u.last_ms / 1000.0) AT TIME ZONE 'UTC', u.r, u.f, u.m, u.segment, u.cluster, u.p_alive, u.expected,
           u.order_value, u.clv, u.churn::"ChurnRisk", u.bot_messages, $2::timestamptz AT TIME ZONE 'UTC'
         FROM unnest($3::text[], $4::int[], $5::int[], $6::int[], $7::float8[], $8::float8[], $9::float8[], $10::float8[], $11::int[], $12::int[],
           $13::int[], $14::text[], $15::int[], $16::float8[], $17::float8[], $18::float8[], $19::float8[], $20::text[], $21::int[])
           AS u(customer_id, orders, total_spent, frequency, recency, tenure, monetary, last_ms, r, f, m, segment, cluster, p_alive, expected, order_value, clv, churn, bot_messages)`,
        [
          orgId,
          computedAt.toISOString(),
          col((c) => c.customerId),
          col((c) => loaded.orderCount[idx(c)]),
          col((c) => Math.min(INT4_MAX, Math.round(c.total_value))),
          col((c) => c.frequency),
          col((c) => c.recency),
          col((c) => c.T),
          col((c) => c.monetary_value),
          col((c) => loaded.lastPaidMs[idx(c)]),
          col((c) => c.r),
          col((c) => c.f),
          col((c) => c.m),
          col((c) => c.rfmSegment),
          col((c) => c.cluster),
          col((c) => finiteOrNull(c.pAlive)),
          col((c) => finiteOrNull(c.expectedPurchases)),
          col((c) => finiteOrNull(c.expectedOrderValue)),
          col((c) => finiteOrNull(c.clv)),
          col((c) => (c.churnRisk ? churnBand[c.churnRisk] : null)),
          col((c) => c.botMessages),
        ],
      );
      await onChunk(Math.min(rows.length, lo + INSERT_CHUNK));
    }
    await client.query("COMMIT");
    // Fresh planner statistics after a big rewrite keep the dashboard queries on their indexes.
    if (rows.length >= 10_000) await client.query(`ANALYZE "CustomerScore"`);
    return removed;
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    throw err;
  }
}

/** Notes for fits that ran but cannot be trusted everywhere; non-finite predictions are stored as null. */
function modelWarnings(result: ScoresResult): string[] {
  const notes: string[] = [];
  if (result.bgnbd && !result.bgnbd.converged) notes.push("The purchase model (BG/NBD) did not fully converge on this data: treat P(alive), expected purchases and CLV as rough.");
  const broken = result.customers.filter((c) => [c.pAlive, c.expectedPurchases, c.expectedOrderValue, c.clv].some((v) => v !== null && !Number.isFinite(v))).length;
  if (broken > 0) notes.push(`Predictions could not be computed for ${broken} customer${broken === 1 ? "" : "s"} (the fitted model is at a numerical limit for their histories); they are left empty.`);
  return notes;
}

const finiteOrNull = (v: number | null) => (v === null || !Number.isFinite(v) ? null : v);

function buildSummary({
  result,
  currency,
  now,
  notes,
  counts,
  loadMs,
  saveMs,
  totalMs,
}: {
  result: ScoresResult;
  currency: string;
  now: Date;
  notes: string[];
  counts: { orders: number; removed: number; otherCurrencyOrders: number };
  loadMs: number;
  saveMs: number;
  totalMs: number;
}): AnalyticsRunSummary {
  const ms = (v: number) => Math.round(v);
  const t = result.timingsMs;
  return {
    version: 1,
    calibrationEnd: now.toISOString(),
    currency,
    settings: RECOMPUTE_SETTINGS,
    counts: {
      orders: counts.orders,
      customers: result.customers.length,
      repeatCustomers: result.customers.filter((c) => c.frequency > 0).length,
      removed: counts.removed,
      otherCurrencyOrders: counts.otherCurrencyOrders,
    },
    notes,
    minimums: MINIMUMS,
    bgnbd: result.bgnbd ? { ...result.bgnbd.params, logLikelihood: result.bgnbd.logLikelihood, converged: result.bgnbd.converged } : null,
    gammaGamma: result.gammaGamma ? { ...result.gammaGamma.params, logLikelihood: result.gammaGamma.logLikelihood, converged: result.gammaGamma.converged } : null,
    kmeans: result.kmeans
      ? {
          k: result.kmeans.k,
          silhouette: result.kmeans.silhouette,
          silhouetteByK: result.kmeans.silhouetteByK.map(({ k, silhouette }) => ({ k, silhouette })),
          features: result.kmeans.features,
          clusters: result.kmeans.clusters.map(({ id, size, description, typical }) => ({ id, size, description, typical })),
        }
      : null,
    timingsMs: {
      load: ms(loadMs),
      summary: ms(t.summary),
      bgnbd: ms(t.bgnbd),
      gammaGamma: ms(t.gammaGamma),
      rfm: ms(t.rfm),
      kmeans: ms(t.kmeans),
      predictions: ms(t.predictions),
      save: ms(saveMs),
      total: ms(totalMs),
    },
  };
}
