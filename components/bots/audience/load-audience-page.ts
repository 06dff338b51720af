import { notFound } from "next/navigation";
import { findOrgBot } from "@/lib/bots/find-org-bot";
import { AppError } from "@/lib/errors";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";

/** The org (membership checked) and one of its bots for the audience pages; a 404 page otherwise. */
export async function loadAudiencePage({ org, botId }: { org: string; botId: string }) {
  const ctx = await requireOrgPage(org);
  try {
    const bot = await findOrgBot({ orgId: ctx.orgId, botId });
    return { ctx, bot, base: `/${ctx.slug}/bots/${bot.id}` };
  } catch (err) {
    if (err instanceof AppError && err.code === "NOT_FOUND") notFound();
    throw err;
  }
}

/** A domain lookup that throws NOT_FOUND, as a 404 page. */
export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (err) {
    if (err instanceof AppError && err.code === "NOT_FOUND") notFound();
    throw err;
  }
}
