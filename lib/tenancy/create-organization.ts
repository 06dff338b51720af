import type { Prisma } from "@/lib/db/client";
import { db } from "@/lib/db/client";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { currencyForTimeZone } from "./currency-for-time-zone";

export type OrgFields = { name: string; slug: string; timezone: string; currency?: string };

/**
 * Creates an organization with `userId` as its owner. Inside `tx` when one is given. Without a
 * currency it takes the one of the time zone's country (Europe/Berlin: EUR).
 */
export async function createOrganization({ userId, fields, tx }: { userId: string; fields: OrgFields; tx?: Prisma.TransactionClient }) {
  const client = tx ?? db;
  try {
    return await client.organization.create({
      data: { ...fields, currency: fields.currency ?? currencyForTimeZone(fields.timezone), memberships: { create: { userId, role: "OWNER" } } },
      select: { id: true, slug: true },
    });
  } catch (err) {
    if (isUniqueViolation(err, "slug")) throw new AppError("CONFLICT", "This address is taken", { slug: "This address is taken, try another" });
    throw err;
  }
}
