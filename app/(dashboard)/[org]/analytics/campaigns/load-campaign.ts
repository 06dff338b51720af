import { notFound } from "next/navigation";
import { getCampaign } from "@/lib/analytics";
import { AppError } from "@/lib/errors";

/** A campaign of the org for a page, or the 404 page (another org's id looks like no id at all). */
export async function loadCampaignOr404({ orgId, campaignId }: { orgId: string; campaignId: string }) {
  try {
    return await getCampaign({ orgId, campaignId });
  } catch (err) {
    if (err instanceof AppError && err.code === "NOT_FOUND") notFound();
    throw err;
  }
}

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;
export const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
