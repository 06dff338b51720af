import { describe, expect, it } from "vitest";
import { parseTicketCode } from "./parse-ticket-code";

describe("parseTicketCode", () => {
  it("takes a bare code or the code out of a /t/<code> link, and rejects anything else", () => {
    expect(parseTicketCode("  AbCdEfGh_-1234567890xy ")).toBe("AbCdEfGh_-1234567890xy");
    expect(parseTicketCode("https://app.example.com/t/AbCdEfGh_-1234567890xy")).toBe("AbCdEfGh_-1234567890xy");
    expect(parseTicketCode("http://localhost:3000/t/AbCdEfGh_-1234567890xy?utm=qr#top")).toBe("AbCdEfGh_-1234567890xy");
    expect(parseTicketCode("/t/AbCdEfGh_-1234567890xy/")).toBe("AbCdEfGh_-1234567890xy");
    for (const bad of ["", "short", "has space inside code", "'; DROP TABLE", "https://example.com/", "x".repeat(65)]) expect(parseTicketCode(bad)).toBeNull();
  });
});
