import { db } from "@/lib/db/client";
import { sendAccountEmail } from "@/lib/email/deliver-email";
import { verifyEmailEmail } from "@/lib/email/templates";
import { createUserToken, userTokenUrl } from "./user-token";

/**
 * Emails `userId` a link that confirms their address. `orgId` is the outbox it lands in when
 * Resend is off (the org they just created or are looking at). An address already verified
 * gets nothing.
 */
export async function sendVerificationEmail({ userId, orgId, now = new Date() }: { userId: string; orgId: string | null; now?: Date }) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, emailVerified: true } });
  if (!user || user.emailVerified) return { sent: false };
  const url = userTokenUrl("VERIFY_EMAIL", await createUserToken({ userId, purpose: "VERIFY_EMAIL", now }));
  await sendAccountEmail({ orgId, to: user.email, ...verifyEmailEmail({ url }), secrets: [url] });
  return { sent: true };
}
