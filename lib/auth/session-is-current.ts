import { db } from "@/lib/db/client";

/** Pure: a session signed in before the password last changed is over. */
export function signedInAfterPasswordChange({ signedInAt, passwordChangedAt }: { signedInAt: number; passwordChangedAt: Date | null }): boolean {
  return !passwordChangedAt || passwordChangedAt.getTime() <= signedInAt;
}

/**
 * Whether a session token still stands: its user exists and has not changed the password since
 * signing in. A database hiccup keeps the session (signing everyone out on a blip would be worse).
 */
export async function sessionIsCurrent({ userId, signedInAt }: { userId: string; signedInAt: number }): Promise<boolean> {
  try {
    const user = await db.user.findUnique({ where: { id: userId }, select: { passwordChangedAt: true } });
    return Boolean(user) && signedInAfterPasswordChange({ signedInAt, passwordChangedAt: user!.passwordChangedAt });
  } catch {
    return true;
  }
}
