import { clusterLabel, type ClusterDescriptions } from "@/lib/analytics/models/cluster-label";
import { customerSourceLabels } from "@/lib/customers";
import { formatMoney } from "@/lib/format";
import type { SegmentDefinition } from "./segment-definition";
import { instantToDay } from "./segment-form";

// A definition in words, one phrase per condition ("RFM segment: At Risk or Can't Lose"), for
// the list and the segment page.
const churnLabel = { LOW: "low", MEDIUM: "medium", HIGH: "high" } as const;
const or = (items: string[]) => (items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`);
const pct = (p: number) => `${Math.round(p * 1000) / 10}%`;

export function describeSegment(d: SegmentDefinition, { currency, timeZone, clusters }: { currency: string; timeZone: string; clusters?: ClusterDescriptions }): string[] {
  const out: string[] = [];
  const money = (v: number) => formatMoney(v, currency);
  if (d.rfmSegments) out.push(`RFM segment: ${or(d.rfmSegments)}`);
  if (d.clusters) out.push(`${or(d.clusters.map((c) => clusterLabel(c, clusters)))}`);
  if (d.churnRisk) out.push(`Churn risk: ${or(d.churnRisk.map((c) => churnLabel[c]))}`);
  if (d.minClv !== undefined && d.maxClv !== undefined) out.push(`12-month CLV ${money(d.minClv)} to ${money(d.maxClv)}`);
  else if (d.minClv !== undefined) out.push(`12-month CLV at least ${money(d.minClv)}`);
  else if (d.maxClv !== undefined) out.push(`12-month CLV at most ${money(d.maxClv)}`);
  if (d.minPAlive !== undefined && d.maxPAlive !== undefined) out.push(`P(alive) ${pct(d.minPAlive)} to ${pct(d.maxPAlive)}`);
  else if (d.minPAlive !== undefined) out.push(`P(alive) at least ${pct(d.minPAlive)}`);
  else if (d.maxPAlive !== undefined) out.push(`P(alive) at most ${pct(d.maxPAlive)}`);
  if (d.minTotalSpent !== undefined) out.push(`Spent at least ${money(d.minTotalSpent)}`);
  if (d.lastOrderAfter) out.push(`Last order on or after ${instantToDay(d.lastOrderAfter, timeZone)}`);
  if (d.lastOrderBefore) out.push(`Last order before ${instantToDay(d.lastOrderBefore, timeZone)}`);
  if (d.tags) out.push(`Tagged ${or(d.tags)}`);
  if (d.sources) out.push(`Source: ${or(d.sources.map((s) => customerSourceLabels[s]))}`);
  if (d.hasEmail !== undefined) out.push(d.hasEmail ? "Has an email" : "No email");
  if (d.hasTelegram !== undefined) out.push(d.hasTelegram ? "Reachable in Telegram" : "Not in Telegram");
  return out;
}
