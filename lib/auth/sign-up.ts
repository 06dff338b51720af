import { db } from "@/lib/db/client";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { createOrganization, type OrgFields } from "@/lib/tenancy/create-organization";
import { normalizeEmail } from "./authenticate-password";
import { hashPassword } from "./password";

/** A new user with their first organization, in one transaction: both or neither. */
export async function signUp({ name, email, password, org }: { name: string; email: string; password: string; org: OrgFields }) {
  const passwordHash = await hashPassword(password);
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { name, email: normalizeEmail(email), passwordHash }, select: { id: true } });
      const created = await createOrganization({ userId: user.id, fields: org, tx });
      return { userId: user.id, orgSlug: created.slug };
    });
  } catch (err) {
    if (isUniqueViolation(err, "email")) throw new AppError("CONFLICT", "An account with this email exists", { email: "An account with this email already exists. Sign in instead." });
    throw err;
  }
}
