import type { Prisma } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors";

/**
 * Serializes membership changes of one organization (row lock on the organization) and returns
 * the actor's role as it is now, so two owners demoting each other at once cannot leave none.
 */
export async function lockOrgMembers(tx: Prisma.TransactionClient, { orgId, actorUserId }: { orgId: string; actorUserId: string }): Promise<Role> {
  await tx.$queryRaw`SELECT id FROM "Organization" WHERE id = ${orgId} FOR UPDATE`;
  const actor = await tx.membership.findFirst({ where: { orgId, userId: actorUserId }, select: { role: true } });
  if (!actor) throw new AppError("NOT_FOUND");
  return actor.role;
}

export async function countOwners(tx: Prisma.TransactionClient, { orgId }: { orgId: string }): Promise<number> {
  return tx.membership.count({ where: { orgId, role: "OWNER" } });
}
