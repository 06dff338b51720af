import { db, type Prisma } from "@/lib/db/client";

// A subscriber who gets a tag joins every active drip sequence of their bot triggered by it
// (once per sequence: a tag removed and added again does not restart it). Bot-core's tag
// effects call this inside their transaction; the inbox and bulk tagging call it too.
export async function enrollOnTag({ subscriberId, tags, tx = db, now = new Date() }: { subscriberId: string; tags: string[]; tx?: Prisma.TransactionClient; now?: Date }): Promise<number> {
  if (tags.length === 0) return 0;
  const rows = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "DripEnrollment" ("id", "sequenceId", "subscriberId", "nextStep", "nextAt")
    SELECT gen_random_uuid()::text, q."id", s."id", 0, ${now}::timestamp + make_interval(mins => first."delayMinutes")
    FROM "BotSubscriber" s
    JOIN "DripSequence" q ON q."botId" = s."botId" AND q."orgId" = s."orgId" AND q."active" AND q."triggerTag" = ANY(${tags}::text[])
    JOIN LATERAL (SELECT "delayMinutes" FROM "DripStep" WHERE "sequenceId" = q."id" ORDER BY "position" LIMIT 1) first ON true
    WHERE s."id" = ${subscriberId}
    ON CONFLICT ("sequenceId", "subscriberId") DO NOTHING
    RETURNING "id"`;
  return rows.length;
}

/** Many subscribers at once (bulk tagging): the same rule, one statement. */
export async function enrollManyOnTag({ subscriberIds, tag, now = new Date() }: { subscriberIds: string[]; tag: string; now?: Date }): Promise<number> {
  if (subscriberIds.length === 0) return 0;
  return db.$executeRaw`
    INSERT INTO "DripEnrollment" ("id", "sequenceId", "subscriberId", "nextStep", "nextAt")
    SELECT gen_random_uuid()::text, q."id", s."id", 0, ${now}::timestamp + make_interval(mins => first."delayMinutes")
    FROM "BotSubscriber" s
    JOIN "DripSequence" q ON q."botId" = s."botId" AND q."orgId" = s."orgId" AND q."active" AND q."triggerTag" = ${tag}
    JOIN LATERAL (SELECT "delayMinutes" FROM "DripStep" WHERE "sequenceId" = q."id" ORDER BY "position" LIMIT 1) first ON true
    WHERE s."id" = ANY(${subscriberIds}::text[])
    ON CONFLICT ("sequenceId", "subscriberId") DO NOTHING`;
}
