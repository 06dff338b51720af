"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { campaignFieldsSchema } from "@/lib/analytics";
import { getCampaign } from "@/lib/analytics";
import { importCampaignMetrics, previewMetricsImport, toMetricPreviewView } from "@/lib/analytics";
import { createCampaign, deleteCampaign, updateCampaign } from "@/lib/analytics";
import { csvImportLimits } from "@/lib/shared/csv-table";
import { orgAction, parseOrThrow } from "@/lib/safe-action";

// Server actions of Analytics > Campaigns: each is one orgAction (session, membership, zod) that
// calls one domain function; campaign ids always go through the org from the wrapper.
const formFields = z.record(z.string(), z.string().max(2000, "Too long"));
const idField = z.string({ error: "Campaign is missing" }).min(1, "Campaign is missing").max(64, "Campaign not found");
const csvFields = z.object({
  id: idField,
  csv: z.string({ error: "Choose a CSV file" }).min(1, "Choose a CSV file").max(csvImportLimits.MAX_BYTES, "The file is larger than 2 MB. Split it into smaller files."),
});
const base = (slug: string) => `/${slug}/analytics/campaigns`;

export const createCampaignAction = orgAction({ schema: formFields }, async (raw, ctx) => {
  const fields = parseOrThrow(campaignFieldsSchema(ctx.currency), raw);
  const campaign = await createCampaign({ orgId: ctx.orgId, actorUserId: ctx.userId, currency: ctx.currency, fields });
  revalidatePath(base(ctx.slug));
  redirect(`${base(ctx.slug)}/${campaign.id}`);
});

export const updateCampaignAction = orgAction({ schema: formFields.and(z.object({ id: idField })) }, async ({ id, ...raw }, ctx) => {
  const campaign = await getCampaign({ orgId: ctx.orgId, campaignId: id });
  const fields = parseOrThrow(campaignFieldsSchema(campaign.currency), raw);
  await updateCampaign({ orgId: ctx.orgId, actorUserId: ctx.userId, campaignId: id, fields });
  revalidatePath(base(ctx.slug));
  redirect(`${base(ctx.slug)}/${id}`);
});

export const deleteCampaignAction = orgAction({ schema: z.object({ id: idField }) }, async ({ id }, ctx) => {
  await deleteCampaign({ orgId: ctx.orgId, actorUserId: ctx.userId, campaignId: id });
  revalidatePath(base(ctx.slug));
  redirect(`${base(ctx.slug)}?deleted=1`);
});

export const previewMetricsImportAction = orgAction({ schema: csvFields }, async ({ id, csv }, ctx) => {
  return toMetricPreviewView(await previewMetricsImport({ orgId: ctx.orgId, campaignId: id, csvText: csv }));
});

export const importMetricsAction = orgAction({ schema: csvFields }, async ({ id, csv }, ctx) => {
  const result = await importCampaignMetrics({ orgId: ctx.orgId, actorUserId: ctx.userId, campaignId: id, csvText: csv });
  revalidatePath(base(ctx.slug));
  const unchanged = result.unchanged ? ` (${result.unchanged} unchanged)` : "";
  return { ok: true as const, message: `Imported ${result.new} new day${result.new === 1 ? "" : "s"}, updated ${result.update}${unchanged}.`, data: result };
});
