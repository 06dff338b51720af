import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { hashPassword } from "./password";
import { settleAttempt } from "./sign-in-throttle";
import { consumeUserToken } from "./user-token";

export const resetLinkInvalidMessage = "This reset link is invalid, already used or expired. Ask for a new one.";

/**
 * Sets a new password through a reset link: uses the link up, voids the user's other reset links,
 * ends every session signed in before now, and lifts a sign-in lock. The emailed link also
 * proves the address. Returns the email to sign in with.
 */
export async function resetPassword({ token, password, now = new Date() }: { token: unknown; password: string; now?: Date }) {
  const passwordHash = await hashPassword(password);
  const email = await db.$transaction(async (tx) => {
    const userId = await consumeUserToken({ token, purpose: "RESET_PASSWORD", tx, now });
    if (!userId) throw new AppError("NOT_FOUND", resetLinkInvalidMessage);
    const user = await tx.user.update({ where: { id: userId }, data: { passwordHash, passwordChangedAt: now }, select: { email: true } });
    await tx.user.updateMany({ where: { id: userId, emailVerified: null }, data: { emailVerified: now } });
    await tx.userToken.updateMany({ where: { userId, purpose: "RESET_PASSWORD", usedAt: null }, data: { usedAt: now } });
    return user.email;
  });
  await settleAttempt(`email:${email}`, { forgetAll: true });
  return { email };
}
