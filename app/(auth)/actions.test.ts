import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { form, uid } from "@/test/factories";
import { signUpAction } from "./actions";

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
