import { db } from "@/lib/db/client";

// What live conversations ran into in one flow's steps (an HTTP request refused, failed or timed
// out, a loop or jump cycle stopped), newest first: the editor shows them beside its Problems.
// They are the flow engine's warn logs (AuditLog "bot.flow.<code>", see carry-out-effects.ts).
export type FlowRunError = { nodeId: string | null; message: string; at: string };

export async function listFlowRunErrors({ orgId, botId, flowId, days = 7, limit = 10 }: { orgId: string; botId: string; flowId: string; days?: number; limit?: number }): Promise<FlowRunError[]> {
  const rows = await db.$queryRaw<{ nodeId: string | null; message: string; createdAt: Date }[]>`
    SELECT a."data"->>'nodeId' AS "nodeId", coalesce(a."data"->>'message', a."action") AS "message", a."createdAt"
      FROM "AuditLog" a
     WHERE a."orgId" = ${orgId} AND a."action" LIKE 'bot.flow.%' AND a."data"->>'flowId' = ${flowId}
       AND a."createdAt" > now() - make_interval(days => ${days}::int)
       AND a."targetId" IN (SELECT "id" FROM "BotSubscriber" WHERE "orgId" = ${orgId} AND "botId" = ${botId})
     ORDER BY a."createdAt" DESC LIMIT ${limit}`;
  return rows.map((r) => ({ nodeId: r.nodeId, message: r.message, at: r.createdAt.toISOString() }));
}
