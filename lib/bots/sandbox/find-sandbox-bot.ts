import { orgDb } from "@/lib/db/org-db";
import { AppError } from "@/lib/errors";

/** One of the org's sandbox bots or NOT_FOUND (another org's id, a real bot's id included). */
export async function findSandboxBot({ orgId, botId }: { orgId: string; botId: string }) {
  const bot = typeof botId === "string" && botId.length > 0 && botId.length <= 64 ? await orgDb(orgId).bot.findFirst({ where: { id: botId, status: "SANDBOX" }, select: { id: true, orgId: true } }) : null;
  if (!bot) throw new AppError("NOT_FOUND", "Sandbox bot not found.");
  return bot;
}

// The one simulated Telegram user who talks to a sandbox bot from the dashboard.
export const SANDBOX_USER = { id: 100_000_001, is_bot: false, first_name: "Sandbox", last_name: "tester", language_code: "en" } as const;
export const SANDBOX_CHAT = { id: SANDBOX_USER.id, type: "private" } as const;
