import type { Prisma } from "@/lib/db/client";
import { orgDb } from "@/lib/db/org-db";
import { AppError } from "@/lib/errors";
import { auditRowFor, duplicateNameError, sameNameWhere, savingUniqueName } from "../shared/named-records";
import type { CampaignFields } from "./campaign-fields";
import { isCampaignId } from "./get-campaign";

// Create and update a campaign. Names are unique per org (compared ignoring case, so "Spring"
// and "spring" cannot both exist): a clash is a field error, also when a concurrent write wins.
async function assertNameFree(tx: Prisma.TransactionClient, name: string, exceptId?: string) {
  // `tx` is an orgDb(orgId) transaction (every caller below): the org is ANDed into each where.
  if (await tx.campaign.findFirst({ where: sameNameWhere(name, exceptId), select: { id: true } })) throw duplicateNameError("campaign");
}

const auditRow = auditRowFor("Campaign");

export async function createCampaign({ orgId, actorUserId, currency, fields }: { orgId: string; actorUserId: string | null; currency: string; fields: CampaignFields }) {
  return savingUniqueName("campaign", () =>
    orgDb(orgId).$transaction(async (tx) => {
      await assertNameFree(tx, fields.name);
      const campaign = await tx.campaign.create({ data: { orgId, currency, ...fields }, select: { id: true } });
      await tx.auditLog.create({ data: auditRow(orgId, actorUserId, "campaign.created", campaign.id, { name: fields.name }) });
      return campaign;
    }),
  );
}

/** Replaces a campaign's fields; only a campaign of `orgId` is touched, any other id is NOT_FOUND. */
export async function updateCampaign({ orgId, actorUserId, campaignId, fields }: { orgId: string; actorUserId: string | null; campaignId: string; fields: CampaignFields }) {
  if (!isCampaignId(campaignId)) throw new AppError("NOT_FOUND", "Campaign not found.");
  return savingUniqueName("campaign", () =>
    orgDb(orgId).$transaction(async (tx) => {
      await assertNameFree(tx, fields.name, campaignId);
      const { count } = await tx.campaign.updateMany({ where: { id: campaignId }, data: fields });
      if (count !== 1) throw new AppError("NOT_FOUND", "Campaign not found.");
      await tx.auditLog.create({ data: auditRow(orgId, actorUserId, "campaign.updated", campaignId) });
      return { id: campaignId };
    }),
  );
}

/** Deletes a campaign of `orgId` with its daily metrics. */
export async function deleteCampaign({ orgId, actorUserId, campaignId }: { orgId: string; actorUserId: string | null; campaignId: string }) {
  if (!isCampaignId(campaignId)) throw new AppError("NOT_FOUND", "Campaign not found.");
  return orgDb(orgId).$transaction(async (tx) => {
    const campaign = await tx.campaign.findFirst({ where: { id: campaignId }, select: { name: true } });
    if (!campaign) throw new AppError("NOT_FOUND", "Campaign not found.");
    await tx.campaign.deleteMany({ where: { id: campaignId } });
    await tx.auditLog.create({ data: auditRow(orgId, actorUserId, "campaign.deleted", campaignId, { name: campaign.name }) });
    return { id: campaignId, name: campaign.name };
  });
}
