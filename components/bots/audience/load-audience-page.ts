import { findOrgBot } from "@/lib/bots";
import { orNotFound } from "@/lib/tenancy/or-not-found";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";

/** The org (membership checked) and one of its bots for the audience pages; a 404 page otherwise. */
export async function loadAudiencePage({ org, botId }: { org: string; botId: string }) {
  const ctx = await requireOrgPage(org);
  const bot = await orNotFound(findOrgBot({ orgId: ctx.orgId, botId }));
  return { ctx, bot, base: `/${ctx.slug}/bots/${bot.id}` };
}
