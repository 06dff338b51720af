import { db } from "@/lib/db/client";
import { audienceSubscriberWhere, readAudience } from "./broadcast-audience";

// A started broadcast's recipients become one BroadcastDelivery row each (PENDING), in chunks
// of subscriber ids: INSERT ... SELECT ... ON CONFLICT DO NOTHING, so running it twice (a crash
// between chunks) adds nobody twice. startedAt and totalCount are set once every row exists.
const CHUNK = 5000;

export async function materialiseBroadcast({ broadcastId }: { broadcastId: string }): Promise<number> {
  const broadcast = await db.broadcast.findUniqueOrThrow({ where: { id: broadcastId }, select: { orgId: true, botId: true, audience: true } });
  const audience = readAudience(broadcast.audience);
  if (audience) {
    const where = await audienceSubscriberWhere({ orgId: broadcast.orgId, botId: broadcast.botId, audience }).catch(() => null); // a deleted segment: nobody
    let cursor: string | undefined;
    while (where) {
      const ids = (await db.botSubscriber.findMany({ where: { ...where, ...(cursor ? { id: { gt: cursor } } : {}) }, orderBy: { id: "asc" }, take: CHUNK, select: { id: true } })).map((s) => s.id);
      if (ids.length === 0) break;
      await db.$executeRaw`
        INSERT INTO "BroadcastDelivery" ("id", "broadcastId", "subscriberId")
        SELECT gen_random_uuid()::text, ${broadcastId}, s FROM unnest(${ids}::text[]) AS s
        ON CONFLICT ("broadcastId", "subscriberId") DO NOTHING`;
      cursor = ids[ids.length - 1];
    }
  }
  const totalCount = await db.broadcastDelivery.count({ where: { broadcastId } });
  await db.broadcast.update({ where: { id: broadcastId }, data: { startedAt: new Date(), totalCount }, select: { id: true } });
  return totalCount;
}
