import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";

// A subscriber who gets a tag joins every active drip sequence of their bot triggered by it
// (once per sequence: a tag removed and added again does not restart it). Bot-core's tag
// effects call this inside their transaction; the inbox and bulk tagging call it too. A new or
// edited sequence can also take in the active subscribers who already have its tag. All of it is
// one INSERT: the first step due its delay from now, ON CONFLICT nothing (idempotent).

function insertEnrollments(tx: Prisma.TransactionClient, now: Date, where: Prisma.Sql): Promise<number> {
  return tx.$executeRaw`
    INSERT INTO "DripEnrollment" ("id", "sequenceId", "subscriberId", "nextStep", "nextAt")
    SELECT gen_random_uuid()::text, q."id", s."id", 0, ${now}::timestamp + make_interval(mins => first."delayMinutes")
    FROM "BotSubscriber" s
    JOIN "DripSequence" q ON q."botId" = s."botId" AND q."orgId" = s."orgId" AND q."active"
    JOIN LATERAL (SELECT "delayMinutes" FROM "DripStep" WHERE "sequenceId" = q."id" ORDER BY "position" LIMIT 1) first ON true
    WHERE ${where}
    ON CONFLICT ("sequenceId", "subscriberId") DO NOTHING`;
}

export async function enrollOnTag({ subscriberId, tags, tx = db, now = new Date() }: { subscriberId: string; tags: string[]; tx?: Prisma.TransactionClient; now?: Date }): Promise<number> {
  if (tags.length === 0) return 0;
  return insertEnrollments(tx, now, Prisma.sql`s."id" = ${subscriberId} AND q."triggerTag" = ANY(${tags}::text[])`);
}

/** Many subscribers at once (bulk tagging): the same rule, one statement. */
export async function enrollManyOnTag({ subscriberIds, tag, now = new Date() }: { subscriberIds: string[]; tag: string; now?: Date }): Promise<number> {
  if (subscriberIds.length === 0) return 0;
  return insertEnrollments(db, now, Prisma.sql`s."id" = ANY(${subscriberIds}::text[]) AND q."triggerTag" = ${tag}`);
}

/** Everyone active who already has the sequence's tag, into that one sequence (not its siblings on the same tag). */
export async function enrollAlreadyTagged({ orgId, sequenceId, tx = db, now = new Date() }: { orgId: string; sequenceId: string; tx?: Prisma.TransactionClient; now?: Date }): Promise<number> {
  return insertEnrollments(tx, now, Prisma.sql`q."id" = ${sequenceId} AND q."orgId" = ${orgId} AND s."status" = 'ACTIVE' AND q."triggerTag" = ANY(s."tags")`);
}

/**
 * Per tag, the active subscribers of the bot who have it and are not in `sequenceId` yet: the
 * "also enroll the N who already have this tag" count of the drip form.
 */
export async function countTaggedNotEnrolled({ orgId, botId, sequenceId }: { orgId: string; botId: string; sequenceId?: string }): Promise<Record<string, number>> {
  const rows = await db.$queryRaw<{ tag: string; n: number }[]>`
    SELECT t.tag, count(*)::int AS n
    FROM "BotSubscriber" s, unnest(s."tags") AS t(tag)
    WHERE s."orgId" = ${orgId} AND s."botId" = ${botId} AND s."status" = 'ACTIVE'
      AND NOT EXISTS (SELECT 1 FROM "DripEnrollment" e WHERE e."subscriberId" = s."id" AND e."sequenceId" = ${sequenceId ?? ""})
    GROUP BY t.tag
    LIMIT 500`;
  return Object.fromEntries(rows.map((r) => [r.tag, r.n]));
}
