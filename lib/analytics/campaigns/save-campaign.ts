import type { Prisma } from "@/lib/db/client";
import { orgDb } from "@/lib/db/org-db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import type { CampaignFields } from "./campaign-fields";
import { isCampaignId } from "./get-campaign";

// Create and update a campaign. Names are unique per org (compared ignoring case, so "Spring"
// and "spring" cannot both exist): a clash is a field error, also when a concurrent write wins.
const duplicateName = () => new AppError("CONFLICT", "Please check the highlighted fields.", { name: "A campaign with this name already exists" });

async function assertNameFree(tx: Prisma.TransactionClient, orgId: string, name: string, exceptId?: string) {
  // `tx` is an orgDb(orgId) transaction (every caller below): the org is ANDed into each where.
  const other = await tx.campaign.findFirst({ where: { name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) }, select: { id: true } });
  if (other) throw duplicateName();
}

const auditRow = (orgId: string, actorUserId: string | null, action: string, campaignId: string, data?: Prisma.InputJsonValue) => ({ orgId, actorUserId, action, targetType: "Campaign", targetId: campaignId, data });

export async function createCampaign({ orgId, actorUserId, currency, fields }: { orgId: string; actorUserId: string | null; currency: string; fields: CampaignFields }) {
  try {
    return await orgDb(orgId).$transaction(async (tx) => {
      await assertNameFree(tx, orgId, fields.name);
      const campaign = await tx.campaign.create({ data: { orgId, currency, ...fields }, select: { id: true } });
      await tx.auditLog.create({ data: auditRow(orgId, actorUserId, "campaign.created", campaign.id, { name: fields.name }) });
      return campaign;
    });
  } catch (err) {
    if (isUniqueViolation(err, "name")) throw duplicateName();
    throw err;
  }
}

/** Replaces a campaign's fields; only a campaign of `orgId` is touched, any other id is NOT_FOUND. */
export async function updateCampaign({ orgId, actorUserId, campaignId, fields }: { orgId: string; actorUserId: string | null; campaignId: string; fields: CampaignFields }) {
  if (!isCampaignId(campaignId)) throw new AppError("NOT_FOUND", "Campaign not found.");
  try {
    return await orgDb(orgId).$transaction(async (tx) => {
      await assertNameFree(tx, orgId, fields.name, campaignId);
      const { count } = await tx.campaign.updateMany({ where: { id: campaignId }, data: fields });
      if (count !== 1) throw new AppError("NOT_FOUND", "Campaign not found.");
      await tx.auditLog.create({ data: auditRow(orgId, actorUserId, "campaign.updated", campaignId) });
      return { id: campaignId };
    });
  } catch (err) {
    if (isUniqueViolation(err, "name")) throw duplicateName();
    throw err;
  }
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
