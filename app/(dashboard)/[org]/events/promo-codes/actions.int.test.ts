import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { addMember, createOrg, form, signInAs } from "@/test/factories";
import { createPromoCodeAction, togglePromoCodeAction, updatePromoCodeAction } from "./actions";

// Integration: promo codes per event or org-wide, unique per org, scoped to the org's own rows.
type Org = Awaited<ReturnType<typeof createOrg>>;
let a: Org;
let b: Org;
let eventId: string;
let segmentId: string;
const base = { code: "early", kind: "PERCENT", value: "15", active: "on" };

beforeAll(async () => {
  [a, b] = await Promise.all([createOrg(), createOrg()]);
  eventId = (await db.event.create({ data: { orgId: a.orgId, slug: `promo-${a.slug}`, title: "Show", startsAt: new Date("2030-07-10T17:00:00Z"), endsAt: new Date("2030-07-10T21:00:00Z"), timeZone: "Europe/Berlin" } })).id;
  segmentId = (await db.segment.create({ data: { orgId: a.orgId, name: "Regulars", definition: {} } })).id;
});

describe("promo codes", () => {
  it("creates an upper-cased code for one event with segment, limit and expiry in the org's zone", async () => {
    signInAs(a.userId);
    expect(await createPromoCodeAction(null, form({ org: a.slug, ...base, eventId, segmentId, maxRedemptions: "50", expiresAt: "2030-07-01T00:00" }))).toMatchObject({ ok: true });
    const promo = await db.promoCode.findFirstOrThrow({ where: { orgId: a.orgId, code: "EARLY" } });
    expect([promo.kind, promo.value, promo.eventId, promo.segmentId, promo.maxRedemptions, promo.expiresAt?.toISOString(), promo.active]).toEqual(["PERCENT", 15, eventId, segmentId, 50, "2030-06-30T22:00:00.000Z", true]);
  });

  it("a code is unique per org (any case); another org may reuse it", async () => {
    signInAs(a.userId);
    expect(await createPromoCodeAction(null, form({ org: a.slug, ...base, code: "EaRlY" }))).toMatchObject({ ok: false, fieldErrors: { code: expect.stringMatching(/already has/) } });
    signInAs(b.userId);
    expect(await createPromoCodeAction(null, form({ org: b.slug, ...base, kind: "AMOUNT", value: "5" }))).toMatchObject({ ok: true });
    expect((await db.promoCode.findFirstOrThrow({ where: { orgId: b.orgId } })).value).toBe(500);
  });

  it("refuses another org's event or segment, and staff", async () => {
    signInAs(b.userId);
    expect(await createPromoCodeAction(null, form({ org: b.slug, ...base, code: "X1X", eventId }))).toMatchObject({ ok: false, fieldErrors: { eventId: expect.any(String) } });
    expect(await createPromoCodeAction(null, form({ org: b.slug, ...base, code: "X2X", segmentId }))).toMatchObject({ ok: false, fieldErrors: { segmentId: expect.any(String) } });
    const staff = await addMember(a.orgId, "STAFF");
    signInAs(staff.id);
    expect(await createPromoCodeAction(null, form({ org: a.slug, ...base, code: "STAFF1" }))).toMatchObject({ ok: false, message: expect.stringMatching(/role/) });
  });

  it("edits, toggles, and never lowers the limit below the uses; another org gets not found", async () => {
    signInAs(a.userId);
    const promo = await db.promoCode.findFirstOrThrow({ where: { orgId: a.orgId, code: "EARLY" } });
    await db.promoCode.update({ where: { id: promo.id }, data: { redemptions: 10 } });
    expect(await updatePromoCodeAction(null, form({ org: a.slug, id: promo.id, ...base, maxRedemptions: "5" }))).toMatchObject({ ok: false, fieldErrors: { maxRedemptions: "Already used 10 times; the limit cannot be lower" } });
    expect(await updatePromoCodeAction(null, form({ org: a.slug, id: promo.id, ...base, value: "20", maxRedemptions: "" }))).toMatchObject({ ok: true });
    await togglePromoCodeAction(null, form({ org: a.slug, id: promo.id, active: "0" }));
    expect(await db.promoCode.findUnique({ where: { id: promo.id } })).toMatchObject({ value: 20, eventId: null, maxRedemptions: null, active: false });
    signInAs(b.userId);
    expect(await togglePromoCodeAction(null, form({ org: b.slug, id: promo.id, active: "1" }))).toMatchObject({ ok: false, message: "Promo code not found." });
  });
});
