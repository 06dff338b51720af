import { z } from "zod";
import { type Prisma } from "@/lib/db/client";
import { orgDb } from "@/lib/db/org-db";
import { ChurnRisk } from "@/lib/db/generated/enums";
import { clusterLabel } from "../models/cluster-label";
import { getClusterDescriptions } from "./get-cluster-descriptions";
import { RFM_SEGMENTS } from "../models/score-rfm";

// The Predictions list: the org's scored customers, filtered by RFM segment, cluster and churn
// band, sorted by a score, 25 a page. Reads CustomerScore rows only (indexed by org).

export const PREDICTIONS_PAGE_SIZE = 25;

export const PREDICTION_SORTS = {
  clv: { label: "12-month CLV", column: "clv12m" },
  alive: { label: "P(alive)", column: "pAlive" },
  expected: { label: "Expected purchases (90 d)", column: "expectedPurchases90d" },
  churn: { label: "Churn risk", column: "churnRisk" },
  spent: { label: "Total spent", column: "totalSpent" },
} as const;
export type PredictionSort = keyof typeof PREDICTION_SORTS;

const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const querySchema = z.object({
  segment: z.preprocess(blank, z.enum(RFM_SEGMENTS).optional()),
  cluster: z.preprocess(blank, z.coerce.number().int().min(0).max(99).optional()),
  churn: z.preprocess(blank, z.enum(ChurnRisk).optional()),
  sort: z.preprocess(blank, z.enum(Object.keys(PREDICTION_SORTS) as [PredictionSort, ...PredictionSort[]]).default("clv")),
  dir: z.preprocess(blank, z.enum(["asc", "desc"]).default("desc")),
  page: z.preprocess(blank, z.coerce.number().int().min(1).max(1_000_000).default(1)),
});
export type PredictionQuery = z.infer<typeof querySchema>;

/** From the URL, each parameter on its own: a bad one falls back to its default, the others stay. */
export function parsePredictionQuery(raw: Record<string, unknown>): PredictionQuery {
  const { shape } = querySchema;
  const pick = <K extends keyof typeof shape>(key: K) => {
    const r = shape[key].safeParse(raw[key]);
    return (r.success ? r.data : shape[key].parse(undefined)) as PredictionQuery[K];
  };
  return { segment: pick("segment"), cluster: pick("cluster"), churn: pick("churn"), sort: pick("sort"), dir: pick("dir"), page: pick("page") };
}

export const predictionSelect = {
  customerId: true,
  orders: true,
  totalSpent: true,
  lastOrderAt: true,
  recencyScore: true,
  frequencyScore: true,
  monetaryScore: true,
  rfmSegment: true,
  cluster: true,
  pAlive: true,
  expectedPurchases90d: true,
  expectedOrderValue: true,
  clv12m: true,
  churnRisk: true,
  computedAt: true,
} as const satisfies Prisma.CustomerScoreSelect;

export async function getCustomerPredictions({ orgId, query, pageSize = PREDICTIONS_PAGE_SIZE }: { orgId: string; query: PredictionQuery; pageSize?: number }) {
  const where: Prisma.CustomerScoreWhereInput = {};
  if (query.segment) where.rfmSegment = query.segment;
  if (query.cluster !== undefined) where.cluster = query.cluster;
  if (query.churn) where.churnRisk = query.churn;
  const column = PREDICTION_SORTS[query.sort].column;
  // Customers without a prediction sort last whichever the direction; ties in a stable order.
  const orderBy: Prisma.CustomerScoreOrderByWithRelationInput[] = column === "totalSpent" ? [{ totalSpent: query.dir }] : [{ [column]: { sort: query.dir, nulls: "last" } }];
  orderBy.push({ totalSpent: "desc" }, { customerId: "asc" });
  const total = await orgDb(orgId).customerScore.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(query.page, pageCount);
  const rows = await orgDb(orgId).customerScore.findMany({
    where,
    orderBy,
    skip: (page - 1) * pageSize,
    take: pageSize,
    select: { ...predictionSelect, customer: { select: { name: true, email: true } } },
  });
  return { items: rows, total, page, pageCount };
}

/** The distinct clusters of the org's scores with their labels, for the filter and the table. */
export async function listScoreClusters({ orgId }: { orgId: string }): Promise<{ value: number; label: string }[]> {
  const [rows, descriptions] = await Promise.all([orgDb(orgId).customerScore.groupBy({ by: ["cluster"], where: { cluster: { not: null } }, orderBy: { cluster: "asc" } }), getClusterDescriptions({ orgId })]);
  return rows.map((r) => ({ value: r.cluster!, label: clusterLabel(r.cluster!, descriptions) }));
}
