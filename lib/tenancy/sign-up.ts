import { db } from "@/lib/db/client";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { createOrganization, type OrgFields } from "@/lib/tenancy/create-organization";
import { normalizeEmail } from "../auth/authenticate-password";
import { hashPassword } from "../auth/password";
import { sendVerificationEmail } from "../auth/send-verification-email";

/**
 * A new user with their first organization, in one transaction: both or neither. Then the
 * address gets its confirmation link (in the new org's outbox without Resend); a failed send
 * does not undo the account, the dashboard's banner offers a new link.
 */
export async function signUp({ name, email, password, org }: { name: string; email: string; password: string; org: OrgFields }) {
  const passwordHash = await hashPassword(password);
  try {
    const created = await db.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { name, email: normalizeEmail(email), passwordHash }, select: { id: true } });
      const created = await createOrganization({ userId: user.id, fields: org, tx });
      return { userId: user.id, orgId: created.id, orgSlug: created.slug };
    });
    await sendVerificationEmail({ userId: created.userId, orgId: created.orgId }).catch((err) => console.error("[sign-up] verification email", err));
    return created;
  } catch (err) {
    if (isUniqueViolation(err, "email")) throw new AppError("CONFLICT", "An account with this email exists", { email: "An account with this email already exists. Sign in instead." });
    throw err;
  }
}
