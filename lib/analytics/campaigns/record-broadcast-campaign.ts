// A Telegram broadcast as a campaign, computed rather than imported: one campaign per broadcast
// (Campaign.broadcastId), and per day of sending in the org's time zone: impressions = messages
// delivered, conversions and revenue = paid orders (org currency) of the recipients' customers
// within ATTRIBUTION_DAYS after their message, each order counted once. Clicks are not tracked
// (Telegram does not report link taps) and a broadcast costs nothing. Re-running replaces the
// days, so late conversions are picked up by the nightly recompute.
import { db, type Prisma } from "@/lib/db/client";
import { orgDb } from "@/lib/db/org-db";

export const ATTRIBUTION_DAYS = 7;

type Day = { date: Date; impressions: number; conversions: number; revenue: number };

export async function recordBroadcastCampaign({ orgId, broadcastId }: { orgId: string; broadcastId: string }): Promise<{ campaignId: string } | null> {
  const broadcast = await orgDb(orgId).broadcast.findFirst({
    where: { id: broadcastId },
    select: { id: true, name: true, text: true, org: { select: { currency: true, timezone: true } } },
  });
  if (!broadcast) return null;
  const { currency, timezone } = broadcast.org;
  const days = await db.$queryRaw<Day[]>`
    WITH sent AS (
      SELECT d."sentAt", s."customerId",
             (((d."sentAt" AT TIME ZONE 'UTC') AT TIME ZONE ${timezone})::date)::timestamp AS day
      FROM "BroadcastDelivery" d JOIN "BotSubscriber" s ON s."id" = d."subscriberId"
      WHERE d."broadcastId" = ${broadcastId} AND d."status" = 'SENT' AND d."sentAt" IS NOT NULL AND s."orgId" = ${orgId}
    ), attributed AS (
      SELECT DISTINCT ON (o."id") o."id", o."amount", sent.day
      FROM sent JOIN "Order" o ON o."customerId" = sent."customerId"
      WHERE o."orgId" = ${orgId} AND o."status" = 'PAID' AND o."currency" = ${currency}
        AND o."paidAt" >= sent."sentAt" AND o."paidAt" < sent."sentAt" + make_interval(days => ${ATTRIBUTION_DAYS})
      ORDER BY o."id", sent."sentAt" DESC
    )
    SELECT s.day AS date, s.impressions::int AS impressions,
           coalesce(a.conversions, 0)::int AS conversions, coalesce(a.revenue, 0)::int AS revenue
    FROM (SELECT day, count(*) AS impressions FROM sent GROUP BY day) s
    LEFT JOIN (SELECT day, count(*) AS conversions, sum("amount") AS revenue FROM attributed GROUP BY day) a ON a.day = s.day
    ORDER BY s.day`;
  if (days.length === 0) return null;

  return orgDb(orgId).$transaction(async (tx) => {
    const startsOn = days[0].date;
    const endsOn = days[days.length - 1].date;
    const existing = await tx.campaign.findUnique({ where: { broadcastId }, select: { id: true } });
    const campaignId = existing
      ? (await tx.campaign.update({ where: { id: existing.id }, data: { startsOn, endsOn }, select: { id: true } })).id
      : await createBroadcastCampaign(tx, { orgId, broadcastId, currency, startsOn, endsOn, title: broadcast.name || broadcast.text });
    await tx.campaignMetric.deleteMany({ where: { campaignId } });
    await tx.campaignMetric.createMany({ data: days.map((d) => ({ orgId, campaignId, date: d.date, impressions: d.impressions, conversions: d.conversions, revenue: d.revenue })) });
    return { campaignId };
  });
}

/** Broadcasts that sent in the last `withinDays` days: refreshed by each analytics recompute. */
export async function refreshBroadcastCampaigns({ orgId, now = new Date(), withinDays = 30 }: { orgId: string; now?: Date; withinDays?: number }): Promise<number> {
  const recent = await orgDb(orgId).broadcast.findMany({ where: { startedAt: { gte: new Date(now.getTime() - withinDays * 86_400_000) } }, select: { id: true } });
  for (const { id } of recent) await recordBroadcastCampaign({ orgId, broadcastId: id });
  return recent.length;
}

async function createBroadcastCampaign(tx: Prisma.TransactionClient, input: { orgId: string; broadcastId: string; currency: string; startsOn: Date; endsOn: Date; title: string }): Promise<string> {
  const base = `Broadcast ${input.startsOn.toISOString().slice(0, 10)}: ${input.title.replace(/\s+/g, " ").trim()}`.slice(0, 72);
  const data = { orgId: input.orgId, broadcastId: input.broadcastId, channel: "telegram", currency: input.currency, startsOn: input.startsOn, endsOn: input.endsOn };
  // Campaign names are unique per org: a clash (two broadcasts with one text on one day) gets the id's tail.
  const exists = await tx.campaign.findUnique({ where: { orgId_name: { orgId: input.orgId, name: base } }, select: { id: true } });
  const name = exists ? `${base} #${input.broadcastId.slice(-6)}` : base;
  return (await tx.campaign.create({ data: { ...data, name }, select: { id: true } })).id;
}
