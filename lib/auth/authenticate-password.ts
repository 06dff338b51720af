import { setTimeout as sleep } from "node:timers/promises";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { verifyPassword } from "./password";
import { settleAttempt, takeAttempt, throttlePolicies } from "./sign-in-throttle";

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

function lockedMessage(until: Date) {
  const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
  return `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}

/**
 * Checks an email + password under the sign-in throttle (per email, and per client IP when
 * known). Returns the user or throws AppError.
 */
export async function authenticatePassword({ email, password, ip }: { email: string; password: string; ip?: string | null }) {
  const emailKey = `email:${normalizeEmail(email)}`;
  const ipKey = ip ? `ip:${ip}` : null;
  const byEmail = await takeAttempt(emailKey, throttlePolicies.email);
  if (byEmail.lockedUntil) throw new AppError("RATE_LIMITED", lockedMessage(byEmail.lockedUntil));
  const byIp = ipKey ? await takeAttempt(ipKey, throttlePolicies.ip) : null;
  if (byIp?.lockedUntil) throw new AppError("RATE_LIMITED", "Too many failed sign-ins from your network. Try again later.");
  const delayMs = Math.max(byEmail.delayMs, byIp?.delayMs ?? 0);
  if (delayMs) await sleep(delayMs);

  const user = await db.user.findUnique({ where: { email: normalizeEmail(email) }, select: { id: true, email: true, name: true, passwordHash: true } });
  const ok = user?.passwordHash ? await verifyPassword(user.passwordHash, password) : false;
  if (!user || !ok) {
    if (byEmail.locksIfFailed) throw new AppError("RATE_LIMITED", `Too many failed sign-ins. Try again in ${throttlePolicies.email.lockMinutes} minutes.`);
    throw new AppError("UNAUTHENTICATED", "Wrong email or password.");
  }
  await settleAttempt(emailKey, { forgetAll: true });
  if (ipKey) await settleAttempt(ipKey, { forgetAll: false });
  return { id: user.id, email: user.email, name: user.name };
}
