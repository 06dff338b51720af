import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/db/client";
import type { CustomerSource } from "@/lib/db/generated/enums";

/**
 * The org's Customer with this email, created (with `source`) when there is none; an existing
 * one gets the name/phone it lacks. Runs inside the purchase's transaction, so a purchase that
 * loses its race leaves no customer behind. One INSERT ... ON CONFLICT statement: two purchases
 * creating the same customer at once both end up with the one row (the second waits for the
 * first to commit, then updates it), never a unique violation.
 */
export async function upsertCustomerByEmail(tx: Prisma.TransactionClient, options: { orgId: string; email: string; name: string; phone?: string | null; source: CustomerSource }): Promise<{ id: string }> {
  const email = options.email.trim().toLowerCase();
  const id = `c${options.source === "BOOKING" ? "b" : "t"}${randomUUID().replaceAll("-", "")}`;
  const rows = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "Customer" ("id", "orgId", "name", "email", "phone", "source", "updatedAt")
    VALUES (${id}, ${options.orgId}, ${options.name}, ${email}, ${options.phone || null}, ${options.source}::"CustomerSource", now())
    ON CONFLICT ("orgId", "email") DO UPDATE SET
      "name" = CASE WHEN btrim("Customer"."name") = '' THEN EXCLUDED."name" ELSE "Customer"."name" END,
      "phone" = COALESCE("Customer"."phone", EXCLUDED."phone"),
      "updatedAt" = CASE WHEN btrim("Customer"."name") = '' OR ("Customer"."phone" IS NULL AND EXCLUDED."phone" IS NOT NULL) THEN now() ELSE "Customer"."updatedAt" END
    RETURNING "id"`;
  return rows[0];
}
