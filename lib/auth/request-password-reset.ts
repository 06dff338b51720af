import { db } from "@/lib/db/client";
import { sendAccountEmail } from "@/lib/email/deliver-email";
import { passwordResetEmail } from "@/lib/email/templates";
import { normalizeEmail } from "./authenticate-password";
import { createUserToken, userTokenUrl } from "./user-token";

export const resetRequestedMessage = "If an account uses this email, we sent it a link to choose a new password. The link works once and expires in 1 hour.";

/**
 * Emails a reset link when an account has this address, and quietly does nothing otherwise (the
 * caller answers the same either way). Without Resend the email lands in the outbox of the
 * user's first organization, where only the user can see the link.
 */
export async function requestPasswordReset({ email, now = new Date() }: { email: string; now?: Date }): Promise<void> {
  const user = await db.user.findUnique({
    where: { email: normalizeEmail(email) },
    select: { id: true, email: true, memberships: { orderBy: { createdAt: "asc" }, take: 1, select: { orgId: true } } },
  });
  if (!user) return;
  const url = userTokenUrl("RESET_PASSWORD", await createUserToken({ userId: user.id, purpose: "RESET_PASSWORD", now }));
  await sendAccountEmail({ orgId: user.memberships[0]?.orgId ?? null, to: user.email, ...passwordResetEmail({ url }), secrets: [url] });
}
