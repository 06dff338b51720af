import { randomBytes, randomInt, randomUUID } from "node:crypto";
import { orgDb } from "@/lib/db/org-db";
import { createWelcomeFlow } from "../flows/create-welcome-flow";

// A bot to try the builder with before a real one is connected: status SANDBOX, no token, the same
// published welcome flow a connected bot starts with. Nothing of it reaches Telegram (see
// lib/bots/runtime/off-telegram.ts and the sender, lib/bots/runtime/send-bot-messages.ts). One per org: asking
// again returns the one there is.
export const SANDBOX_USERNAME = "sandbox_bot";

export async function createSandboxBot({ orgId, actorUserId }: { orgId: string; actorUserId: string | null }): Promise<{ id: string; created: boolean }> {
  return orgDb(orgId).$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`sandbox:${orgId}`}, 0))`;
    const existing = await tx.bot.findFirst({ where: { status: "SANDBOX" }, select: { id: true } });
    if (existing) return { id: existing.id, created: false };
    const id = `bot${randomUUID().replaceAll("-", "")}`;
    // Real Telegram bot ids are positive: a negative one can never clash with a bot connected later.
    const telegramBotId = -BigInt(randomInt(1, 2 ** 47));
    await tx.bot.create({
      data: {
        id,
        orgId,
        telegramBotId,
        username: SANDBOX_USERNAME,
        name: "Sandbox bot",
        tokenEncrypted: null,
        webhookSecret: randomBytes(32).toString("base64url"),
        status: "SANDBOX",
        commands: [{ command: "start", description: "Begin" }],
        createdById: actorUserId,
      },
    });
    await createWelcomeFlow({ tx, orgId, botId: id, publishedById: actorUserId });
    await tx.auditLog.create({ data: { orgId, actorUserId, action: "bot.sandbox_created", targetType: "Bot", targetId: id } });
    return { id, created: true };
  });
}
