import { beforeAll, describe, expect, it } from "vitest";
import { listCampaignTotals } from "@/lib/analytics/campaigns/list-campaign-totals";
import { db } from "@/lib/db/client";
import { addMember, createOrg, form, signInAs } from "@/test/factories";
import { createCampaignAction, deleteCampaignAction, importMetricsAction, previewMetricsImportAction, updateCampaignAction } from "./actions";
import { redirectOf } from "@/test/actions";

// Integration: the Campaigns server actions on a real database, called as a form would call them.
type Org = Awaited<ReturnType<typeof createOrg>>;

async function createVia(org: Org, fields: Record<string, string>) {
  const url = await redirectOf(createCampaignAction(null, form({ org: org.slug, channel: "instagram", ...fields })));
  return url.split("/").pop()!;
}
const snapshot = (id: string) => db.campaign.findUnique({ where: { id }, select: { name: true, channel: true, currency: true, dailyBudget: true, startsOn: true, endsOn: true, updatedAt: true } });
const days = (campaignId: string) => db.campaignMetric.findMany({ where: { campaignId }, orderBy: { date: "asc" }, select: { date: true, impressions: true, clicks: true, conversions: true, cost: true, revenue: true } });
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

let a: Org;
let b: Org;
let staffA: { id: string };
beforeAll(async () => {
  [a, b] = await Promise.all([createOrg(), createOrg({ currency: "JPY" })]);
  staffA = await addMember(a.orgId, "STAFF");
});

describe("campaign create / update / delete", () => {
  it("creates a campaign in the org's currency with the budget in minor units, exactly", async () => {
    signInAs(staffA.id);
    const id = await createVia(a, { name: " Spring launch ", dailyBudget: "25.10", startsOn: "2025-03-01", endsOn: "2025-03-31" });
    expect(await snapshot(id)).toMatchObject({ name: "Spring launch", channel: "instagram", currency: "EUR", dailyBudget: 2510, startsOn: day("2025-03-01"), endsOn: day("2025-03-31") });
    expect(await db.auditLog.count({ where: { orgId: a.orgId, targetId: id, action: "campaign.created", actorUserId: staffA.id } })).toBe(1);
    signInAs(b.userId);
    const yen = await createVia(b, { name: "Tokyo", dailyBudget: "1500" });
    expect(await snapshot(yen)).toMatchObject({ currency: "JPY", dailyBudget: 1500 });
  });

  it("a duplicate name (any case) is a field error and writes nothing; another org may use it", async () => {
    signInAs(a.userId);
    await createVia(a, { name: "Retargeting" });
    const before = await db.campaign.count({ where: { orgId: a.orgId } });
    expect(await createCampaignAction(null, form({ org: a.slug, name: "RETARGETING", channel: "google" }))).toMatchObject({ ok: false, fieldErrors: { name: "A campaign with this name already exists" } });
    expect(await db.campaign.count({ where: { orgId: a.orgId } })).toBe(before);
    signInAs(b.userId);
    await createVia(b, { name: "Retargeting" });
  });

  it("bad input gives field errors, echoes the values and writes nothing", async () => {
    signInAs(a.userId);
    const before = await db.campaign.count({ where: { orgId: a.orgId } });
    const res = await createCampaignAction(null, form({ org: a.slug, name: "", channel: "carrier-pigeon", dailyBudget: "12.345", startsOn: "2025-02-30", endsOn: "soon" }));
    expect(res?.ok).toBe(false);
    if (res && !res.ok) {
      expect(res.fieldErrors).toEqual({ name: "Name is required", channel: "Choose a channel", dailyBudget: "Use at most 2 decimals", startsOn: "Start must be a date (YYYY-MM-DD)", endsOn: "End must be a date (YYYY-MM-DD)" });
      expect(res.values?.dailyBudget).toBe("12.345");
    }
    expect(await createCampaignAction(null, form({ org: a.slug, name: "Backwards", channel: "email", startsOn: "2025-03-10", endsOn: "2025-03-01" }))).toMatchObject({ ok: false, fieldErrors: { endsOn: "The end cannot be before the start" } });
    expect(await createCampaignAction(null, form({ org: a.slug, name: "Free", channel: "email", dailyBudget: "0" }))).toMatchObject({ ok: false, fieldErrors: { dailyBudget: expect.any(String) } });
    expect(await createCampaignAction(null, form({ org: a.slug, name: "Negative", channel: "email", dailyBudget: "-5" }))).toMatchObject({ ok: false, fieldErrors: { dailyBudget: "The amount cannot be negative" } });
    expect(await db.campaign.count({ where: { orgId: a.orgId } })).toBe(before);
  });

  it("updates, keeps unique names, and bad input changes nothing", async () => {
    signInAs(a.userId);
    const id = await createVia(a, { name: "Editable", dailyBudget: "10" });
    await createVia(a, { name: "Other one" });
    expect(await redirectOf(updateCampaignAction(null, form({ org: a.slug, id, name: "Edited", channel: "tiktok", dailyBudget: "", startsOn: "", endsOn: "" })))).toBe(`/${a.slug}/analytics/campaigns/${id}`);
    expect(await snapshot(id)).toMatchObject({ name: "Edited", channel: "tiktok", dailyBudget: null });
    const before = await snapshot(id);
    expect(await updateCampaignAction(null, form({ org: a.slug, id, name: "other ONE", channel: "tiktok" }))).toMatchObject({ ok: false, fieldErrors: { name: "A campaign with this name already exists" } });
    expect(await updateCampaignAction(null, form({ org: a.slug, id, name: "Edited", channel: "tiktok", dailyBudget: "lots" }))).toMatchObject({ ok: false, fieldErrors: { dailyBudget: expect.any(String) } });
    expect(await snapshot(id)).toEqual(before);
  });

  it("deletes a campaign with its days", async () => {
    signInAs(a.userId);
    const id = await createVia(a, { name: "Short lived" });
    await importMetricsAction(null, form({ org: a.slug, id, csv: "date,cost\n2025-03-01,1.00\n" }));
    expect(await redirectOf(deleteCampaignAction(null, form({ org: a.slug, id })))).toBe(`/${a.slug}/analytics/campaigns?deleted=1`);
    expect(await db.campaign.findUnique({ where: { id } })).toBeNull();
    expect(await db.campaignMetric.count({ where: { campaignId: id } })).toBe(0);
  });
});

describe("CSV import of daily metrics", () => {
  it("imports exact minor units, then upserts per (campaign, date), keeping columns the file lacks", async () => {
    signInAs(a.userId);
    const id = await createVia(a, { name: "Imported" });
    const csv = "date,impressions,clicks,conversions,cost,revenue\n2025-03-01,1000,50,2,0.1,12.5\n2025-03-02,2000,60,3,0.2,19.99\n";
    const preview = await previewMetricsImportAction(null, form({ org: a.slug, id, csv }));
    expect(preview).toMatchObject({ ok: true, data: { summary: { new: 2, update: 0, unchanged: 0, error: 0 } } });
    expect(await days(id)).toEqual([]); // preview writes nothing
    expect(await importMetricsAction(null, form({ org: a.slug, id, csv }))).toMatchObject({ ok: true, message: "Imported 2 new days, updated 0." });
    expect(await days(id)).toEqual([
      { date: day("2025-03-01"), impressions: 1000, clicks: 50, conversions: 2, cost: 10, revenue: 1250 },
      { date: day("2025-03-02"), impressions: 2000, clicks: 60, conversions: 3, cost: 20, revenue: 1999 },
    ]);
    const [totals] = (await listCampaignTotals({ orgId: a.orgId, range: { from: day("2025-03-01"), to: day("2025-03-31") } })).filter((r) => r.id === id);
    expect(totals.totals.cost).toBe(30); // 0.1 + 0.2, exactly

    const again = "date,cost\n2025-03-02,5.00\n2025-03-03,1.00\n2025-03-01,0.10\n";
    expect(await importMetricsAction(null, form({ org: a.slug, id, csv: again }))).toMatchObject({ ok: true, data: { new: 1, update: 1, unchanged: 1 } });
    expect(await days(id)).toEqual([
      { date: day("2025-03-01"), impressions: 1000, clicks: 50, conversions: 2, cost: 10, revenue: 1250 },
      { date: day("2025-03-02"), impressions: 2000, clicks: 60, conversions: 3, cost: 500, revenue: 1999 },
      { date: day("2025-03-03"), impressions: 0, clicks: 0, conversions: 0, cost: 100, revenue: 0 },
    ]);
  });

  it("is all-or-nothing: one bad row and no day is written or changed", async () => {
    signInAs(a.userId);
    const id = await createVia(a, { name: "Atomic" });
    await importMetricsAction(null, form({ org: a.slug, id, csv: "date,clicks,cost\n2025-04-01,5,1.00\n" }));
    const before = await days(id);
    const csv = "date,clicks,cost\n2025-04-01,999,9.99\n2025-04-02,10,2.00\n2025-04-03,ten,3.00\n";
    const preview = await previewMetricsImportAction(null, form({ org: a.slug, id, csv }));
    expect(preview).toMatchObject({ ok: true, data: { summary: { update: 1, new: 1, error: 1 } } });
    if (preview?.ok) expect(preview.data!.rows.find((r) => r.row === 4)?.errors).toEqual(["clicks: must be a whole number"]);
    const res = await importMetricsAction(null, form({ org: a.slug, id, csv }));
    expect(res).toMatchObject({ ok: false, message: "1 row has errors. Nothing was imported; fix the file and preview again." });
    expect(await days(id)).toEqual(before);
    for (const broken of ["", "no,date,here\n1,2,3\n", "date,cost\n2025-04-05,1\n2025-04-05,2\n"]) {
      expect((await importMetricsAction(null, form({ org: a.slug, id, csv: broken })))?.ok).toBe(false);
    }
    expect(await days(id)).toEqual(before);
  });

  it("concurrent imports into one campaign both land, one row per day", async () => {
    signInAs(a.userId);
    const id = await createVia(a, { name: "Racy" });
    const results = await Promise.all([0, 1, 2].map((i) => importMetricsAction(null, form({ org: a.slug, id, csv: `date,clicks\n2025-05-01,${i}\n2025-05-0${i + 2},1\n` }))));
    expect(results.every((r) => r?.ok)).toBe(true);
    const rows = await days(id);
    expect(rows.map((r) => r.date.toISOString().slice(0, 10))).toEqual(["2025-05-01", "2025-05-02", "2025-05-03", "2025-05-04"]);
  });

  it("reads money in the campaign's currency (JPY has no decimals)", async () => {
    signInAs(b.userId);
    const id = await createVia(b, { name: "Yen metrics" });
    expect(await importMetricsAction(null, form({ org: b.slug, id, csv: "date,cost\n2025-03-01,12.5\n" }))).toMatchObject({ ok: false });
    expect(await importMetricsAction(null, form({ org: b.slug, id, csv: "date,cost\n2025-03-01,1250\n" }))).toMatchObject({ ok: true });
    expect((await days(id))[0].cost).toBe(1250);
  });
});

describe("tenancy", () => {
  it("org A's campaign id used by org B is not found for update, delete, preview and import, with either slug", async () => {
    signInAs(a.userId);
    const id = await createVia(a, { name: "Private campaign" });
    await importMetricsAction(null, form({ org: a.slug, id, csv: "date,cost\n2025-03-01,1.00\n" }));
    const before = [await snapshot(id), await days(id)];
    signInAs(b.userId);
    for (const org of [b.slug, a.slug]) {
      for (const res of [
        await updateCampaignAction(null, form({ org, id, name: "Hijack", channel: "email" })),
        await deleteCampaignAction(null, form({ org, id })),
        await previewMetricsImportAction(null, form({ org, id, csv: "date,cost\n2025-03-01,99.00\n" })),
        await importMetricsAction(null, form({ org, id, csv: "date,cost\n2025-03-01,99.00\n" })),
      ]) {
        expect(res).toMatchObject({ ok: false, message: expect.stringMatching(/not found/i) });
      }
    }
    expect([await snapshot(id), await days(id)]).toEqual(before);
    expect(await db.campaignMetric.count({ where: { orgId: b.orgId, campaignId: id } })).toBe(0);
  });
});
