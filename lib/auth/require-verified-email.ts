import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export async function isEmailVerified(userId: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { emailVerified: true } });
  return Boolean(user?.emailVerified);
}

/** Inviting people and messaging customers need a proven address behind them. */
export async function requireVerifiedEmail({ userId, doing }: { userId: string; doing: string }) {
  if (!(await isEmailVerified(userId))) {
    throw new AppError("FORBIDDEN", `Confirm your email address before you ${doing}: open the link we emailed you, or send a new one from the banner at the top of the page.`);
  }
}
