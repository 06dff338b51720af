import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/env";

// The `ref` on links the bot sends (events, booking): who clicked, so the purchase joins this
// subscriber's customer record. "<payload>.<signature>", both base64url; HMAC-SHA256 with
// AUTH_SECRET under its own label, so it cannot be confused with other signed values.
export type SubscriberRef = { subscriberId: string; customerId: string | null };

function sign(payload: string, secret: string): string {
  return createHmac("sha256", secret).update(`bot-subscriber-ref:${payload}`).digest("base64url").slice(0, 32);
}

function secret(): string {
  return authSecret();
}

export function signSubscriberRef(ref: SubscriberRef): string {
  const payload = Buffer.from(`${ref.subscriberId}.${ref.customerId ?? ""}`).toString("base64url");
  return `${payload}.${sign(payload, secret())}`;
}

/** The subscriber and customer a `ref` names, or null when it is malformed or not ours. */
export function verifySubscriberRef(ref: string | null | undefined): SubscriberRef | null {
  if (!ref || ref.length > 300) return null;
  const [payload, signature, extra] = ref.split(".");
  if (!payload || !signature || extra !== undefined) return null;
  const expected = Buffer.from(sign(payload, secret()));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const [subscriberId, customerId] = Buffer.from(payload, "base64url").toString("utf8").split(".");
  return subscriberId ? { subscriberId, customerId: customerId || null } : null;
}

/** An app link with the signed ref appended. */
export function withSubscriberRef(url: string, ref: SubscriberRef): string {
  const out = new URL(url);
  out.searchParams.set("ref", signSubscriberRef(ref));
  return out.toString();
}
