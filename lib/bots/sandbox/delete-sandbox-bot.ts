import { orgDb } from "@/lib/db/org-db";
import { findSandboxBot } from "./find-sandbox-bot";

/** Deletes a sandbox bot with its flows, simulated conversation and queue rows (all cascade). */
export async function deleteSandboxBot({ orgId, botId, actorUserId }: { orgId: string; botId: string; actorUserId: string | null }) {
  const bot = await findSandboxBot({ orgId, botId });
  const scoped = orgDb(orgId);
  await scoped.$transaction([scoped.bot.deleteMany({ where: { id: bot.id, status: "SANDBOX" } }), scoped.auditLog.create({ data: { orgId, actorUserId, action: "bot.sandbox_deleted", targetType: "Bot", targetId: bot.id } })]);
}
