import { orgDb } from "@/lib/db/org-db";
import { createRandom } from "@/lib/shared/create-random";
import { addDays, todayIn } from "./calendar-date";

// Demo campaigns with 90 days of believable daily metrics for the demo organization, so the
// Campaigns tab and its budget recommendations have something to show. Deterministic (seeded);
// all or nothing (one transaction), and skips when the org already has campaigns, so running the
// seed again never duplicates them. Called by the demo seed, never by requests.
type Profile = { name: string; channel: string; dailyBudget: number | null; impressions: number; ctr: number; cvr: number; aov: number; costPerDay: number; endedDaysAgo?: number; days: number };

const profiles: Profile[] = [
  { name: "Instagram: spring looks", channel: "instagram", dailyBudget: 40_00, impressions: 9000, ctr: 0.012, cvr: 0.02, aov: 48_00, costPerDay: 38_00, days: 90 },
  { name: "Google Search: brand", channel: "google", dailyBudget: 25_00, impressions: 1200, ctr: 0.05, cvr: 0.04, aov: 45_00, costPerDay: 22_00, days: 90 },
  { name: "Telegram channel promo", channel: "telegram", dailyBudget: 15_00, impressions: 4000, ctr: 0.02, cvr: 0.01, aov: 30_00, costPerDay: 14_00, days: 60 },
  { name: "Market flyers", channel: "offline", dailyBudget: null, impressions: 600, ctr: 0.03, cvr: 0.05, aov: 35_00, costPerDay: 9_00, endedDaysAgo: 20, days: 40 },
];

export async function seedDemoCampaigns({ orgId, currency, timeZone, now = new Date() }: { orgId: string; currency: string; timeZone: string; now?: Date }): Promise<number> {
  return orgDb(orgId).$transaction(async (tx) => {
    if ((await tx.campaign.count()) > 0) return 0;
    const random = createRandom(2025);
    const today = todayIn(timeZone, now);
    let rows = 0;
    for (const p of profiles) {
      const end = addDays(today, -(p.endedDaysAgo ?? 1));
      const start = addDays(end, -(p.days - 1));
      const campaign = await tx.campaign.create({
        data: { orgId, name: p.name, channel: p.channel, currency, dailyBudget: p.dailyBudget, startsOn: start, endsOn: p.endedDaysAgo ? end : null },
        select: { id: true },
      });
      const data = [];
      for (let i = 0; i < p.days; i++) {
        const date = addDays(start, i);
        const weekend = [0, 6].includes(date.getUTCDay()) ? 1.25 : 1;
        const impressions = Math.round(p.impressions * weekend * (0.75 + 0.5 * random.next()));
        const clicks = Math.round(impressions * p.ctr * (0.7 + 0.6 * random.next()));
        const conversions = random.poisson(clicks * p.cvr);
        const cost = Math.round(p.costPerDay * (0.85 + 0.3 * random.next()));
        const revenue = Array.from({ length: conversions }, () => Math.round(p.aov * (0.6 + 0.8 * random.next()))).reduce((a, b) => a + b, 0);
        data.push({ orgId, campaignId: campaign.id, date, impressions, clicks, conversions, cost, revenue });
      }
      await tx.campaignMetric.createMany({ data });
      rows += data.length;
    }
    return rows;
  });
}
