import { setTimeout as sleep } from "node:timers/promises";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { verifyPassword } from "./password";
import { checkSignInThrottle, clearSignInThrottle, noteSignInFailure } from "./sign-in-throttle";

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Checks an email + password under the sign-in throttle. Returns the user or throws AppError. */
export async function authenticatePassword({ email, password }: { email: string; password: string }) {
  const key = normalizeEmail(email);
  const verdict = await checkSignInThrottle(key);
  if (verdict.lockedUntil) {
    const minutes = Math.max(1, Math.ceil((verdict.lockedUntil.getTime() - Date.now()) / 60_000));
    throw new AppError("RATE_LIMITED", `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`);
  }
  if (verdict.delayMs) await sleep(verdict.delayMs);
  const user = await db.user.findUnique({ where: { email: key }, select: { id: true, email: true, name: true, passwordHash: true } });
  const ok = user?.passwordHash ? await verifyPassword(user.passwordHash, password) : false;
  if (!user || !ok) {
    const next = await noteSignInFailure(key);
    if (next.lockedUntil) throw new AppError("RATE_LIMITED", "Too many failed sign-ins. Try again in 15 minutes.");
    throw new AppError("UNAUTHENTICATED", "Wrong email or password.");
  }
  await clearSignInThrottle(key);
  return { id: user.id, email: user.email, name: user.name };
}
