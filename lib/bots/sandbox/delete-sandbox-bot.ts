import { db } from "@/lib/db/client";
import { findSandboxBot } from "./find-sandbox-bot";

/** Deletes a sandbox bot with its flows, simulated conversation and queue rows (all cascade). */
export async function deleteSandboxBot({ orgId, botId, actorUserId }: { orgId: string; botId: string; actorUserId: string | null }) {
  const bot = await findSandboxBot({ orgId, botId });
  await db.$transaction([db.bot.deleteMany({ where: { id: bot.id, orgId, status: "SANDBOX" } }), db.auditLog.create({ data: { orgId, actorUserId, action: "bot.sandbox_deleted", targetType: "Bot", targetId: bot.id } })]);
}
