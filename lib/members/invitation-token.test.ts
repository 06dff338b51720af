import { describe, expect, it } from "vitest";
import { createInvitationToken, hashInvitationToken, invitationTokenField, invitationUrl, redactInvitationLinks } from "./invitation-token";

describe("invitation tokens", () => {
  it("are 256-bit, url-safe, unique, and stored as their sha256 only", () => {
    const a = createInvitationToken();
    const b = createInvitationToken();
    expect(a.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a.token).not.toBe(b.token);
    expect(a.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.tokenHash).toBe(hashInvitationToken(a.token));
    expect(invitationTokenField.safeParse(a.token).success).toBe(true);
    expect(invitationTokenField.safeParse(`${a.token}x`).success).toBe(false);
  });

  it("build links on APP_URL and can be hidden in stored emails", () => {
    expect(invitationUrl("t".repeat(43), "https://app.example.com/")).toBe(`https://app.example.com/invite/${"t".repeat(43)}`);
    expect(redactInvitationLinks(`go to https://x/invite/${"t".repeat(43)} now`)).toBe("go to https://x/invite/[hidden] now");
  });
});
