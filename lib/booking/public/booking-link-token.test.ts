import { describe, expect, it } from "vitest";
import { bookingLinks, createBookingLinkToken, verifyBookingLinkToken } from "./booking-link-token";

describe("booking link tokens", () => {
  it("verifies its own token and returns the booking id", () => {
    const token = createBookingLinkToken("cmbooking123");
    expect(verifyBookingLinkToken(token)).toBe("cmbooking123");
    expect(bookingLinks("cmbooking123").manageUrl).toMatch(new RegExp(`/book/manage/${token}$`));
  });

  it("refuses a tampered signature, a swapped booking id and garbage", () => {
    const token = createBookingLinkToken("cmbookingA");
    const [idPart, sig] = token.split(".");
    const flipped = sig.slice(0, 10) + (sig[10] === "A" ? "B" : "A") + sig.slice(11);
    expect(verifyBookingLinkToken(`${idPart}.${flipped}`)).toBeNull();
    const otherId = Buffer.from("cmbookingB").toString("base64url");
    expect(verifyBookingLinkToken(`${otherId}.${sig}`)).toBeNull(); // A's signature never opens B
    const last = sig.at(-1)!;
    const sameBytes = String.fromCharCode(last.charCodeAt(0) ^ 1); // may differ only in base64url's spare bits
    if (/[A-Za-z0-9_-]/.test(sameBytes)) expect(verifyBookingLinkToken(`${idPart}.${sig.slice(0, -1)}${sameBytes}`)).toBeNull();
    for (const bad of ["", "x", `${idPart}.`, `.${sig}`, `${idPart}.${sig}.x`, `${idPart}.${sig.slice(1)}`, "../../etc"]) expect(verifyBookingLinkToken(bad)).toBeNull();
  });

  it("differs per booking and depends on the secret", () => {
    expect(createBookingLinkToken("a1")).not.toBe(createBookingLinkToken("a2"));
    const token = createBookingLinkToken("cmbookingS");
    const saved = process.env.AUTH_SECRET;
    process.env.AUTH_SECRET = "another-secret-another-secret";
    try {
      expect(verifyBookingLinkToken(token)).toBeNull();
    } finally {
      process.env.AUTH_SECRET = saved;
    }
  });
});
