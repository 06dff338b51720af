import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { inviteMember } from "@/lib/members/invite-member";
import { createOrg, createUser, signInAs, uid } from "@/test/factories";

// The page imports the sign-in and sign-out actions; rendering it never calls them.
vi.mock("@/lib/auth/auth", () => ({ signIn: vi.fn(), signOut: vi.fn(), authFeatures: { magicLink: false } }));

const { default: InvitationPage } = await import("./[token]/page");

async function invited(role: "OWNER" | "ADMIN" | "STAFF" = "OWNER") {
  const org = await createOrg();
  const email = `invitee-${uid()}@example.com`;
  const { url } = await inviteMember({ orgId: org.orgId, actorUserId: org.userId, email, role });
  return { org, email, token: url.split("/invite/")[1] };
}

async function render(token: string) {
  const html = renderToStaticMarkup(createElement("div", null, await InvitationPage({ params: Promise.resolve({ token }) })));
  return { html, text: html.replace(/<[^>]+>/g, "").replace(/&#x27;/g, "'") };
}

describe("invitation page", () => {
  it("signed in with another email: who it is for, a sign-out button that comes back here, no Accept button", async () => {
    const { email, token } = await invited("OWNER");
    const other = await createUser();
    signInAs(other.id);
    const { html, text } = await render(token);
    expect(text).toContain(`This invitation was sent to ${email}. You are signed in as ${other.email}.`);
    expect(html).toMatch(/<form[^>]*>[\s\S]*?<input type="hidden" name="next" value="\/invite\/[^"]+"\/>[\s\S]*?Sign out and sign in as[\s\S]*?<\/form>/);
    expect(text).not.toMatch(/Accept/);
    expect(html).not.toContain('name="token"');
  });

  it("signed in as the invited email: the Accept button", async () => {
    const { org, email, token } = await invited("ADMIN");
    const user = await createUser({ email: email.toUpperCase() });
    signInAs(user.id);
    const { html, text } = await render(token);
    expect(text).toContain(`Accept and open ${org.name}`);
    expect(html).toContain(`value="${token}"`);
    expect(text).not.toMatch(/You are signed in as/);
  });

  it("signed out: sign in, or create the account for the invited email", async () => {
    const { email, token } = await invited("STAFF");
    signInAs(null);
    const { html, text } = await render(token);
    expect(text).toContain("Sign in to accept");
    expect(text).toContain("Create account and join");
    expect(html).toContain(`value="${email}"`);
    expect(text).not.toMatch(/Accept and open/);
  });
});
