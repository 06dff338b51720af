import { z } from "zod";
import type { Prisma } from "@/lib/db/client";
import { BotSubscriberStatus } from "@/lib/db/generated/enums";

// The subscriber list filters (search, tag, status), shared by the page, bulk tagging of "all
// matching" and the CSV export, so each acts on exactly what the list shows.
export const subscriberStatusLabels: Record<BotSubscriberStatus, string> = { ACTIVE: "Active", BLOCKED: "Blocked the bot", UNSUBSCRIBED: "Unsubscribed" };

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const subscriberFiltersSchema = z.object({
  q: z.preprocess(blankToUndefined, z.string().trim().max(200, "Search must be at most 200 characters").optional()),
  tag: z.preprocess(blankToUndefined, z.string().trim().toLowerCase().max(32, "Unknown tag").optional()),
  status: z.preprocess(blankToUndefined, z.enum(BotSubscriberStatus, "Unknown status").optional()),
});

export type SubscriberFilters = z.infer<typeof subscriberFiltersSchema>;

export const hasSubscriberFilters = (f: SubscriberFilters) => Boolean(f.q || f.tag || f.status);

export function subscriberWhere({ orgId, botId, filters }: { orgId: string; botId: string; filters: SubscriberFilters }): Prisma.BotSubscriberWhereInput {
  const where: Prisma.BotSubscriberWhereInput = { orgId, botId };
  if (filters.q) {
    const q = filters.q.replace(/^@/, "");
    where.OR = [{ firstName: { contains: q, mode: "insensitive" } }, { lastName: { contains: q, mode: "insensitive" } }, { username: { contains: q, mode: "insensitive" } }];
  }
  if (filters.tag) where.tags = { has: filters.tag };
  if (filters.status) where.status = filters.status;
  return where;
}

/** For pages: each filter parsed on its own, so one bad value in the URL drops only itself. */
export function parseSubscriberFilters(raw: { q?: unknown; tag?: unknown; status?: unknown }): SubscriberFilters {
  const { shape } = subscriberFiltersSchema;
  const pick = <T>(r: { success: boolean; data?: T }) => (r.success ? r.data : undefined);
  return { q: pick(shape.q.safeParse(raw.q)), tag: pick(shape.tag.safeParse(raw.tag)), status: pick(shape.status.safeParse(raw.status)) };
}
