import { createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/env";
import { appBaseUrl } from "@/lib/shared/app-url";

// Signed links a client uses without signing in (manage = see, cancel, reschedule):
// "<bookingId as base64url>.<HMAC-SHA256(AUTH_SECRET, purpose + id) as base64url>". The id is
// not secret; the signature is what makes a link unguessable, and it binds the link to one
// booking and one purpose, so a token for booking A never opens booking B.
export type BookingLinkPurpose = "manage";

function secret(): string {
  return authSecret();
}

function sign(bookingId: string, purpose: BookingLinkPurpose): Buffer {
  return createHmac("sha256", secret()).update(`frontdesk.booking-link.v1\n${purpose}\n${bookingId}`).digest();
}

export function createBookingLinkToken(bookingId: string, purpose: BookingLinkPurpose = "manage"): string {
  return `${Buffer.from(bookingId, "utf8").toString("base64url")}.${sign(bookingId, purpose).toString("base64url")}`;
}

/** The booking id a token was made for, or null when it is malformed, tampered or for another purpose. */
export function verifyBookingLinkToken(token: string, purpose: BookingLinkPurpose = "manage"): string | null {
  if (typeof token !== "string" || token.length > 200) return null;
  const match = /^([A-Za-z0-9_-]{1,100})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const bookingId = Buffer.from(match[1], "base64url").toString("utf8");
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(bookingId)) return null;
  // Compare the text, not decoded bytes: base64url's last character has spare bits, and a
  // token that differs in them must not pass either.
  const given = Buffer.from(match[2], "utf8");
  const expected = Buffer.from(sign(bookingId, purpose).toString("base64url"), "utf8");
  return given.length === expected.length && timingSafeEqual(given, expected) ? bookingId : null;
}

/** Public URLs built from a booking id: the manage page, the confirmation page and the .ics file. */
export function bookingLinks(bookingId: string) {
  const base = appBaseUrl();
  const token = createBookingLinkToken(bookingId, "manage");
  const confirmationPath = `/book/booking/${encodeURIComponent(bookingId)}?token=${token}`;
  return {
    token,
    manageUrl: `${base}/book/manage/${token}`,
    confirmationPath,
    confirmationUrl: `${base}${confirmationPath}`,
    icsUrl: `${base}/api/book/invite/${token}`,
  };
}
