import { orgDb } from "@/lib/db/org-db";
import { AppError } from "@/lib/errors";

// One campaign of one org. The id alone is never trusted: another org's id is NOT_FOUND.
export const campaignSelect = { id: true, name: true, channel: true, currency: true, dailyBudget: true, startsOn: true, endsOn: true, broadcastId: true, createdAt: true, updatedAt: true } as const;

export const isCampaignId = (id: unknown): id is string => typeof id === "string" && id.length > 0 && id.length <= 64;

export async function getCampaign({ orgId, campaignId }: { orgId: string; campaignId: string }) {
  if (!isCampaignId(campaignId)) throw new AppError("NOT_FOUND", "Campaign not found.");
  const campaign = await orgDb(orgId).campaign.findFirst({ where: { id: campaignId }, select: campaignSelect });
  if (!campaign) throw new AppError("NOT_FOUND", "Campaign not found.");
  return campaign;
}

export type CampaignDetail = Awaited<ReturnType<typeof getCampaign>>;
