import { cache } from "react";
import { db } from "@/lib/db/client";
import type { Role } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors";
import { hasRole } from "@/lib/roles";

export type OrgContext = {
  userId: string;
  orgId: string;
  slug: string;
  name: string;
  timezone: string;
  currency: string;
  role: Role;
};

/**
 * Resolves an org slug for a user through their membership. Not a member, or no such org: the
 * same NOT_FOUND, so nobody can learn which slugs exist.
 */
export const resolveOrg = cache(async (userId: string, slug: string): Promise<OrgContext> => {
  if (typeof slug !== "string" || slug.length === 0 || slug.length > 64) throw new AppError("NOT_FOUND");
  const membership = await db.membership.findFirst({
    where: { userId, org: { slug } },
    select: { role: true, org: { select: { id: true, slug: true, name: true, timezone: true, currency: true } } },
  });
  if (!membership) throw new AppError("NOT_FOUND");
  const { org } = membership;
  return { userId, orgId: org.id, slug: org.slug, name: org.name, timezone: org.timezone, currency: org.currency, role: membership.role };
});

export function assertRole(ctx: OrgContext, required: Role) {
  if (!hasRole(ctx.role, required)) throw new AppError("FORBIDDEN");
}

export async function listUserOrgs(userId: string) {
  return db.membership.findMany({
    where: { userId },
    orderBy: { org: { name: "asc" } },
    select: { role: true, org: { select: { slug: true, name: true } } },
  });
}
