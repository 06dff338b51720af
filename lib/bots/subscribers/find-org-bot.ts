import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

// The audience pages' bot: one of `orgId`'s bots or NOT_FOUND (another org's id included).
export async function findOrgBot({ orgId, botId }: { orgId: string; botId: string }) {
  if (typeof botId !== "string" || botId.length === 0 || botId.length > 64) throw new AppError("NOT_FOUND", "Bot not found.");
  const bot = await db.bot.findFirst({ where: { id: botId, orgId }, select: { id: true, name: true, username: true, status: true } });
  if (!bot) throw new AppError("NOT_FOUND", "Bot not found.");
  return bot;
}
