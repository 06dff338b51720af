import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createOrg, form, signInAs, uid } from "@/test/factories";
import { createOrgAction } from "./actions";

describe("new organization", () => {
  it("creates the org with the user as owner and goes to its dashboard", async () => {
    const first = await createOrg();
    signInAs(first.userId);
    const slug = `second-${uid()}`;
    await expect(createOrgAction(null, form({ name: "Second Shop", slug, timezone: "America/New_York", currency: "usd" }))).rejects.toThrow(/NEXT_REDIRECT/);
    const org = await db.organization.findUniqueOrThrow({ where: { slug }, include: { memberships: true } });
    expect(org).toMatchObject({ name: "Second Shop", timezone: "America/New_York", currency: "USD" });
    expect(org.memberships).toEqual([expect.objectContaining({ userId: first.userId, role: "OWNER" })]);
  });

  it("without a currency takes the time zone's (Europe/Berlin: EUR, unknown: USD); a chosen one wins", async () => {
    const first = await createOrg();
    signInAs(first.userId);
    const create = async (fields: Record<string, string>) => {
      const slug = `zone-${uid()}`;
      await expect(createOrgAction(null, form({ name: "Zone Shop", slug, ...fields }))).rejects.toThrow(/NEXT_REDIRECT/);
      return (await db.organization.findUniqueOrThrow({ where: { slug } })).currency;
    };
    expect(await create({ timezone: "Europe/Berlin" })).toBe("EUR");
    expect(await create({ timezone: "Europe/London" })).toBe("GBP");
    expect(await create({ timezone: "UTC" })).toBe("USD");
    expect(await create({ timezone: "Europe/Berlin", currency: "CHF" })).toBe("CHF");
  });

  it("refuses a taken address or bad fields and creates nothing", async () => {
    const first = await createOrg();
    signInAs(first.userId);
    const mine = () => db.membership.count({ where: { userId: first.userId } });
    const before = await mine();
    expect(await createOrgAction(null, form({ name: "Copy", slug: first.slug, timezone: "UTC", currency: "EUR" }))).toMatchObject({ ok: false, fieldErrors: { slug: expect.any(String) } });
    expect(await createOrgAction(null, form({ name: "", slug: "--", timezone: "", currency: "" }))).toMatchObject({
      ok: false,
      fieldErrors: { name: expect.any(String), slug: expect.any(String), timezone: expect.any(String), currency: expect.any(String) },
    });
    expect(await mine()).toBe(before);
  });

  it("requires a session", async () => {
    signInAs(null);
    expect(await createOrgAction(null, form({ name: "X Y", slug: `x-${uid()}`, timezone: "UTC", currency: "EUR" }))).toMatchObject({ ok: false, message: "Please sign in to continue." });
  });
});
