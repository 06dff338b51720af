import { cache } from "react";
import { orgDb } from "@/lib/db/org-db";
import { AppError } from "@/lib/errors";

// One of `orgId`'s bots or NOT_FOUND (another org's id included). Memoised per request, so the
// bot layout and the page under it read the row once.
const loadOrgBot = cache((orgId: string, botId: string) => orgDb(orgId).bot.findFirst({ where: { id: botId }, select: { id: true, name: true, username: true, status: true } }));

export async function findOrgBot({ orgId, botId }: { orgId: string; botId: string }) {
  if (typeof botId !== "string" || botId.length === 0 || botId.length > 64) throw new AppError("NOT_FOUND", "Bot not found.");
  const bot = await loadOrgBot(orgId, botId);
  if (!bot) throw new AppError("NOT_FOUND", "Bot not found.");
  return bot;
}
