import { z } from "zod";
import { CustomerSource } from "@/lib/db/generated/enums";
import { RFM_SEGMENTS } from "@/lib/analytics/models/score-rfm";

// A segment's definition: the JSON stored in Segment.definition. Every condition is optional and
// all given conditions must hold (AND); a list condition matches any of its values (OR within).
//
//   rfmSegments   CustomerScore.rfmSegment is one of these RFM segment names (score-rfm.ts)
//   clusters      CustomerScore.cluster is one of these k-means cluster numbers (as stored, 0-based)
//   churnRisk     CustomerScore.churnRisk is one of LOW | MEDIUM | HIGH
//   minClv/maxClv CustomerScore.clv12m within [min, max], minor units of the org's currency
//   minPAlive/maxPAlive  CustomerScore.pAlive within [min, max], a probability 0..1
//   tags          the customer has any of these tags (lowercase, as customers store them)
//   sources       Customer.source is one of these
//   hasEmail / hasTelegram  the customer has (true) or lacks (false) an email / Telegram user id
//   minTotalSpent CustomerScore.totalSpent >= this, minor units (paid orders)
//   lastOrderAfter  CustomerScore.lastOrderAt >= this instant (ISO 8601)
//   lastOrderBefore CustomerScore.lastOrderAt <  this instant (ISO 8601)
//
// Conditions on scores only match customers that have a score row (at least one paid order at
// the last recompute). Dates are stored as instants (the start of the chosen day in the org's
// time zone, computed when the form is saved), so a definition means the same everywhere.
export const CHURN_RISKS = ["LOW", "MEDIUM", "HIGH"] as const;
export type ChurnRiskBand = (typeof CHURN_RISKS)[number];
export const CUSTOMER_SOURCES = Object.values(CustomerSource) as CustomerSource[];
export const MAX_CLUSTER = 99;

const uniqueSorted = <T extends string | number>(list: T[]) => [...new Set(list)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const list = <T extends z.ZodType<string | number>>(item: T, max: number) =>
  z
    .array(item)
    .min(1)
    .max(max)
    .transform((v) => uniqueSorted(v as (string | number)[]) as z.infer<T>[]);
const money = z.number().finite().min(0).max(2_147_483_647);
const probability = z.number().finite().min(0).max(1);
const instant = z.iso.datetime({ offset: true });

export const segmentDefinitionSchema = z
  .strictObject({
    rfmSegments: list(z.enum(RFM_SEGMENTS), RFM_SEGMENTS.length).optional(),
    clusters: list(z.number().int().min(0).max(MAX_CLUSTER), MAX_CLUSTER + 1).optional(),
    churnRisk: list(z.enum(CHURN_RISKS), CHURN_RISKS.length).optional(),
    minClv: money.optional(),
    maxClv: money.optional(),
    minPAlive: probability.optional(),
    maxPAlive: probability.optional(),
    tags: list(z.string().min(1).max(32), 20).optional(),
    sources: list(z.enum(CustomerSource), CUSTOMER_SOURCES.length).optional(),
    hasEmail: z.boolean().optional(),
    hasTelegram: z.boolean().optional(),
    minTotalSpent: z.number().int().min(1).max(2_147_483_647).optional(),
    lastOrderBefore: instant.optional(),
    lastOrderAfter: instant.optional(),
  })
  .superRefine((d, ctx) => {
    const pair = (min: number | undefined, max: number | undefined, path: string, message: string) => {
      if (min !== undefined && max !== undefined && min > max) ctx.addIssue({ code: "custom", path: [path], message });
    };
    pair(d.minClv, d.maxClv, "maxClv", "The maximum CLV is below the minimum");
    pair(d.minPAlive, d.maxPAlive, "maxPAlive", "The maximum P(alive) is below the minimum");
    if (d.lastOrderBefore && d.lastOrderAfter && Date.parse(d.lastOrderAfter) >= Date.parse(d.lastOrderBefore)) {
      ctx.addIssue({ code: "custom", path: ["lastOrderBefore"], message: "No day is both after the first date and before the second" });
    }
    if (!hasAnyCondition(d)) ctx.addIssue({ code: "custom", path: ["definition"], message: "Add at least one condition" });
  });

export type SegmentDefinition = z.output<typeof segmentDefinitionSchema>;

export const conditionKeys = [
  "rfmSegments",
  "clusters",
  "churnRisk",
  "minClv",
  "maxClv",
  "minPAlive",
  "maxPAlive",
  "tags",
  "sources",
  "hasEmail",
  "hasTelegram",
  "minTotalSpent",
  "lastOrderBefore",
  "lastOrderAfter",
] as const satisfies readonly (keyof SegmentDefinition)[];

export function hasAnyCondition(d: Partial<Record<keyof SegmentDefinition, unknown>>): boolean {
  return conditionKeys.some((k) => d[k] !== undefined && !(Array.isArray(d[k]) && d[k].length === 0));
}

/** A stored definition (JSON from the database), or null when it is not a valid one. */
export function readSegmentDefinition(json: unknown): SegmentDefinition | null {
  const parsed = segmentDefinitionSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}
