import { describe, expect, it } from "vitest";
import { orderLinkToken, verifyOrderLinkToken } from "../public/order-link-token";
import { generateTicketCode, TICKET_CODE } from "./ticket-code";

describe("ticket codes", () => {
  it("are 128 random bits as 22 base64url characters, never repeating", () => {
    const codes = Array.from({ length: 2000 }, generateTicketCode);
    for (const code of codes) expect(code).toMatch(TICKET_CODE);
    expect(new Set(codes).size).toBe(codes.length);
    expect(Buffer.from(codes[0], "base64url")).toHaveLength(16);
  });
});

describe("order link tokens", () => {
  it("open only the order they were made for", () => {
    const token = orderLinkToken("order_a");
    expect(verifyOrderLinkToken("order_a", token)).toBe(true);
    expect(verifyOrderLinkToken("order_b", token)).toBe(false);
    expect(verifyOrderLinkToken("order_a", token.slice(0, -1) + (token.endsWith("A") ? "B" : "A"))).toBe(false);
    expect(verifyOrderLinkToken("order_a", undefined)).toBe(false);
  });
});
