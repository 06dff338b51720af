import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/env";

// The buyer's link to their order page (/e/<slug>/order/<orderId>?token=...), without signing
// in: HMAC-SHA256(AUTH_SECRET, purpose + order id) as base64url. The id is not secret; the
// token binds the link to one order, so a token for order A never opens order B.
function sign(orderId: string): string {
  return createHmac("sha256", authSecret()).update(`frontdesk.ticket-order.v1\n${orderId}`).digest("base64url");
}

export function orderLinkToken(orderId: string): string {
  return sign(orderId);
}

export function verifyOrderLinkToken(orderId: string, token: unknown): boolean {
  if (typeof token !== "string" || token.length !== 43 || !/^[A-Za-z0-9_-]{1,64}$/.test(orderId)) return false;
  return timingSafeEqual(Buffer.from(token, "utf8"), Buffer.from(sign(orderId), "utf8"));
}

export function orderPagePath(slug: string, orderId: string): string {
  return `/e/${slug}/order/${orderId}?token=${orderLinkToken(orderId)}`;
}

