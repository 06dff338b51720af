import { db } from "@/lib/db/client";
import { consumeUserToken, hashUserToken, isUserTokenShape } from "./user-token";

/**
 * Uses up a verification link and marks the address verified. A link used before, whose address
 * is verified, says so; a bad or expired link is null.
 */
export async function verifyEmail({ token, now = new Date() }: { token: unknown; now?: Date }): Promise<"verified" | "already" | null> {
  const userId = await db.$transaction(async (tx) => {
    const userId = await consumeUserToken({ token, purpose: "VERIFY_EMAIL", tx, now });
    if (userId) await tx.user.updateMany({ where: { id: userId, emailVerified: null }, data: { emailVerified: now } });
    return userId;
  });
  if (userId) return "verified";
  if (!isUserTokenShape(token)) return null;
  const used = await db.userToken.findUnique({ where: { tokenHash: hashUserToken(token) }, select: { purpose: true, usedAt: true, user: { select: { emailVerified: true } } } });
  return used?.purpose === "VERIFY_EMAIL" && used.usedAt && used.user.emailVerified ? "already" : null;
}
