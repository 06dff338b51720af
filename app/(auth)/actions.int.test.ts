import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { createOrg, createUser, form, signInAs, uid } from "@/test/factories";
import { forgotPasswordAction, resendVerificationAction, resetPasswordAction, signUpAction } from "./actions";

// The client's address as the proxy reports it; each test picks its own.
const client = vi.hoisted(() => ({ ip: "203.0.113.1" }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": client.ip }) }));

const valid = () => {
  const id = uid();
  return { name: "Ada", email: `ada-${id}@test.dev`, password: "a-good-password", orgName: "Ada Salon", slug: `ada-${id}`, timezone: "Europe/Berlin", currency: "EUR" };
};

// Only this test's rows: other test files create users and organizations in parallel.
async function counts(input: { email: string; slug: string }) {
  return { users: await db.user.count({ where: { email: input.email } }), orgs: await db.organization.count({ where: { slug: input.slug } }) };
}

describe("sign-up: bad input gets a field error and creates nothing", () => {
  const cases: [string, Record<string, string>, string][] = [
    ["empty name", { name: "" }, "name"],
    ["huge name", { name: "A".repeat(10_000) }, "name"],
    ["invalid email", { email: "not-an-email" }, "email"],
    ["HTML as email", { email: "<script>alert(1)</script>" }, "email"],
    ["short password", { password: "1234567" }, "password"],
    ["huge password", { password: "p".repeat(5000) }, "password"],
    ["slug with unicode", { slug: "café-ünïcode" }, "slug"],
    ["slug with HTML", { slug: "<b>x</b>" }, "slug"],
    ["reserved slug", { slug: "api" }, "slug"],
    ["unknown time zone", { timezone: "Mars/Olympus" }, "timezone"],
    ["unknown currency", { currency: "XYZW" }, "currency"],
    ["empty organization name", { orgName: " " }, "orgName"],
  ];
  for (const [label, patch, field] of cases) {
    it(label, async () => {
      const input = { ...valid(), ...patch };
      const result = await signUpAction(null, form(input));
      expect(result).toMatchObject({ ok: false });
      expect(result && !result.ok && result.fieldErrors?.[field]).toBeTruthy();
      expect(await counts(input)).toEqual({ users: 0, orgs: 0 });
    });
  }

  it("a taken email or address is a field error, and the user's other input comes back", async () => {
    const existing = await db.user.create({ data: { email: `taken-${uid()}@test.dev` } });
    const input = { ...valid(), email: existing.email, name: "Zoë Ångström 李" };
    const result = await signUpAction(null, form(input));
    expect(result).toMatchObject({ ok: false, fieldErrors: { email: expect.stringMatching(/already exists/) }, values: { name: "Zoë Ångström 李", slug: input.slug } });
    expect(await counts(input)).toEqual({ users: 1, orgs: 0 });

    const org = await db.organization.create({ data: { name: "Taken", slug: `taken-${uid()}` } });
    const slugInput = { ...valid(), slug: org.slug };
    const slugTaken = await signUpAction(null, form(slugInput));
    expect(slugTaken).toMatchObject({ ok: false, fieldErrors: { slug: expect.stringMatching(/taken/) } });
    expect(await counts(slugInput)).toEqual({ users: 0, orgs: 1 }); // the user insert was rolled back with the org
  });
});

describe("sign-up from one network", () => {
  it("is refused once the network's budget is spent (no bulk lookup of which emails have accounts)", async () => {
    client.ip = `198.18.0.${Math.floor(Math.random() * 250)}`;
    await db.signInThrottle.create({ data: { key: `signup-ip:${client.ip}`, failures: 0, lockedUntil: new Date(Date.now() + 600_000) } });
    const input = valid();
    expect(await signUpAction(null, form(input))).toMatchObject({ ok: false, message: "Too many sign-ups from your network. Try again later." });
    expect(await counts(input)).toEqual({ users: 0, orgs: 0 });
    client.ip = "203.0.113.1";
  });
});

describe("forgot password", () => {
  const sameAnswer = { ok: true, message: "If an account uses this email, we sent it a link to choose a new password. The link works once and expires in 1 hour." };

  it("answers the same, in about the same time, whether or not the email has an account", async () => {
    client.ip = `198.51.100.${Math.floor(Math.random() * 250)}`;
    const user = await createUser();
    const nobody = `nobody-${uid()}@test.dev`;
    const timed = async (email: string) => {
      const start = Date.now();
      const result = await forgotPasswordAction(null, form({ email }));
      return { result, ms: Date.now() - start };
    };
    const known = await timed(user.email);
    const unknown = await timed(nobody);
    expect(known.result).toEqual(sameAnswer);
    expect(unknown.result).toEqual(sameAnswer);
    expect(Math.abs(known.ms - unknown.ms)).toBeLessThan(400);
    expect(await db.emailOutbox.count({ where: { to: user.email } })).toBe(1);
    expect(await db.emailOutbox.count({ where: { to: nobody } })).toBe(0);
    expect(await forgotPasswordAction(null, form({ email: "not-an-email" }))).toMatchObject({ ok: false, fieldErrors: { email: "Enter a valid email address" } });
  }, 30_000);

  it("is throttled per email (known or not, the same) and per network", async () => {
    client.ip = `192.0.2.${Math.floor(Math.random() * 250)}`;
    const nobody = `nobody-${uid()}@test.dev`;
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await forgotPasswordAction(null, form({ email: nobody })));
    expect(answers.slice(0, 5).every((a) => a?.ok)).toBe(true);
    expect(answers[5]).toEqual({ ok: false, message: "Too many reset links were requested. Try again in 30 minutes.", values: { email: nobody } });

    // Another address from the same network: the network has its own, larger budget, then stops too.
    await db.signInThrottle.update({ where: { key: `reset-ip:${client.ip}` }, data: { failures: 49, lastFailureAt: new Date() } });
    expect(await forgotPasswordAction(null, form({ email: `other-${uid()}@test.dev` }))).toMatchObject({ ok: true });
    expect(await forgotPasswordAction(null, form({ email: `third-${uid()}@test.dev` }))).toMatchObject({ ok: false, message: /Too many reset links/ });
  }, 30_000);

  it("the reset form checks both passwords and refuses a bad link without changing anything", async () => {
    expect(await resetPasswordAction(null, form({ token: "x".repeat(43), password: "new-password", passwordConfirm: "other-password" }))).toMatchObject({
      ok: false,
      fieldErrors: { passwordConfirm: "The two passwords differ" },
    });
    const refused = await resetPasswordAction(null, form({ token: "x".repeat(43), password: "new-password", passwordConfirm: "new-password" }));
    expect(refused).toMatchObject({ ok: false, message: "This reset link is invalid, already used or expired. Ask for a new one." });
    expect(refused && !refused.ok && refused.values).not.toHaveProperty("token"); // secrets never travel back
  });
});

describe("resend the confirmation link", () => {
  it("sends a new link to the org's outbox, a few times, then asks to wait; a confirmed address gets none", async () => {
    const user = await createUser({ verified: false });
    const org = await createOrg({ ownerId: user.id });
    signInAs(user.id);
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await resendVerificationAction(null, form({ org: org.slug })));
    expect(answers[0]).toEqual({ ok: true, message: "We sent you a new confirmation link. It works once and expires in 48 hours." });
    expect(answers[5]).toMatchObject({ ok: false, message: "You asked for several links already. Try again in 30 minutes." });
    expect(await db.emailOutbox.count({ where: { to: user.email, orgId: org.orgId } })).toBe(5);

    const verified = await createOrg();
    signInAs(verified.userId);
    expect(await resendVerificationAction(null, form({ org: verified.slug }))).toEqual({ ok: true, message: "Your email address is already confirmed." });
  });
});
