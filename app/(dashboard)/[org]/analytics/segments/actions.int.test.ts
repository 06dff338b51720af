import { beforeAll, describe, expect, it } from "vitest";
import Papa from "papaparse";
import { db } from "@/lib/db/client";
import { exportHeader } from "@/lib/customers/records/export-customers-csv";
import { addMember, createOrg, form, signInAs } from "@/test/factories";
import { GET as exportSegment } from "@/app/api/orgs/[org]/segments/[id]/export/route";
import { createSegmentAction, deleteSegmentAction, previewSegmentAction, updateSegmentAction } from "./actions";
import { createSaleOrder } from "@/test/sale-orders";
import { redirectOf } from "@/test/actions";

// Integration: the Segments server actions and the CSV export route on a real database,
// called as a form and a browser would call them.
type Org = Awaited<ReturnType<typeof createOrg>>;

async function createVia(org: Org, fields: Record<string, string | string[]>) {
  const url = await redirectOf(createSegmentAction(null, form({ org: org.slug, ...fields })));
  return url.split("/").pop()!;
}
const snapshot = (id: string) => db.segment.findUnique({ where: { id }, select: { name: true, description: true, definition: true, updatedAt: true } });
const segments = (orgId: string) => db.segment.count({ where: { orgId } });
const callExport = (org: string, id: string) => exportSegment(new Request(`http://localhost/api/orgs/${org}/segments/${id}/export`), { params: Promise.resolve({ org, id }) });

let a: Org;
let b: Org;
let staffA: { id: string };
beforeAll(async () => {
  [a, b] = await Promise.all([createOrg(), createOrg()]);
  staffA = await addMember(a.orgId, "STAFF");
  const vip = await db.customer.create({ data: { orgId: a.orgId, name: '=Vip, "the" first', email: "vip@a.io", tags: ["vip"], source: "TELEGRAM", telegramUserId: 42n, notes: "line1\nline2" }, select: { id: true } });
  await createSaleOrder(db, { orgId: a.orgId, customerId: vip.id, kind: "TICKET", amount: 1250, currency: "EUR", status: "PAID", paidAt: new Date() });
  await db.customer.create({ data: { orgId: a.orgId, name: "Plain", tags: [] } });
  await db.customer.create({ data: { orgId: b.orgId, name: "Vip of B", email: "vip@b.io", tags: ["vip"] } });
});

describe("segment actions", () => {
  it("creates a segment from the form (lists as name[]) and redirects to it, with an audit row", async () => {
    signInAs(staffA.id);
    const id = await createVia(a, { name: " VIPs ", description: "Top people", tags: "VIP", "churnRisk[]": [], hasEmail: "yes" });
    const row = await snapshot(id);
    expect(row).toMatchObject({ name: "VIPs", description: "Top people", definition: { tags: ["vip"], hasEmail: true } });
    expect(await db.auditLog.count({ where: { orgId: a.orgId, targetId: id, action: "segment.created", actorUserId: staffA.id } })).toBe(1);
  });

  it("a duplicate name (any case) is a field error and writes nothing; another org may use it", async () => {
    signInAs(a.userId);
    await createVia(a, { name: "Dupes", tags: "vip" });
    const before = await segments(a.orgId);
    const res = await createSegmentAction(null, form({ org: a.slug, name: "DUPES", hasTelegram: "yes" }));
    expect(res).toMatchObject({ ok: false, fieldErrors: { name: "A segment with this name already exists" } });
    expect(await segments(a.orgId)).toBe(before);
    signInAs(b.userId);
    await createVia(b, { name: "Dupes", tags: "vip" });
  });

  it("bad input gives field errors, echoes the values and writes nothing", async () => {
    signInAs(a.userId);
    const before = await segments(a.orgId);
    const none = await createSegmentAction(null, form({ org: a.slug, name: "Nothing", hasEmail: "" }));
    expect(none).toMatchObject({ ok: false, fieldErrors: { definition: "Add at least one condition" }, values: { name: "Nothing" } });
    const bad = await createSegmentAction(null, form({ org: a.slug, name: "x".repeat(81), "rfmSegments[]": ["Kings"], minClv: "-1", maxPAlive: "2", lastOrderAfter: "yesterday" }));
    expect(bad?.ok).toBe(false);
    if (bad && !bad.ok) expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(["lastOrderAfter", "maxPAlive", "minClv", "name", "rfmSegments"]);
    const control = await createSegmentAction(null, form({ org: a.slug, name: "Bell\u0007", tags: "vip" }));
    expect(control).toMatchObject({ ok: false, fieldErrors: { name: expect.any(String) } });
    const huge = await createSegmentAction(null, form({ org: a.slug, name: "Huge", tags: "t".repeat(5000) }));
    expect(huge?.ok).toBe(false);
    expect(await segments(a.orgId)).toBe(before);
  });

  it("updates a segment, keeps unique names, and bad input changes nothing", async () => {
    signInAs(a.userId);
    const id = await createVia(a, { name: "To edit", tags: "vip" });
    await createVia(a, { name: "Taken", tags: "vip" });
    expect(await redirectOf(updateSegmentAction(null, form({ org: a.slug, id, name: "Edited", "churnRisk[]": ["HIGH"] })))).toBe(`/${a.slug}/analytics/segments/${id}`);
    expect(await snapshot(id)).toMatchObject({ name: "Edited", definition: { churnRisk: ["HIGH"] } });
    const before = await snapshot(id);
    expect(await updateSegmentAction(null, form({ org: a.slug, id, name: "taken", tags: "vip" }))).toMatchObject({ ok: false, fieldErrors: { name: "A segment with this name already exists" } });
    expect(await updateSegmentAction(null, form({ org: a.slug, id, name: "Edited" }))).toMatchObject({ ok: false, fieldErrors: { definition: "Add at least one condition" } });
    expect(await snapshot(id)).toEqual(before);
  });

  it("previews the live count without saving", async () => {
    signInAs(a.userId);
    const before = await segments(a.orgId);
    const res = await previewSegmentAction(null, form({ org: a.slug, tags: "vip" }));
    expect(res).toMatchObject({ ok: true, data: { count: 1, members: [{ name: '=Vip, "the" first', email: "vip@a.io" }] } });
    expect(await previewSegmentAction(null, form({ org: a.slug }))).toMatchObject({ ok: false, fieldErrors: { definition: expect.any(String) } });
    expect(await segments(a.orgId)).toBe(before);
  });

  it("deletes a segment (customers stay)", async () => {
    signInAs(a.userId);
    const id = await createVia(a, { name: "Gone soon", tags: "vip" });
    const customers = await db.customer.count({ where: { orgId: a.orgId } });
    expect(await redirectOf(deleteSegmentAction(null, form({ org: a.slug, id })))).toBe(`/${a.slug}/analytics/segments?deleted=1`);
    expect(await db.segment.findUnique({ where: { id } })).toBeNull();
    expect(await db.customer.count({ where: { orgId: a.orgId } })).toBe(customers);
  });
});

describe("tenancy", () => {
  it("org A's segment id used by org B is not found for update, delete, export, with either slug", async () => {
    signInAs(a.userId);
    const id = await createVia(a, { name: "Private", tags: "vip" });
    const before = await snapshot(id);
    signInAs(b.userId);
    for (const org of [b.slug, a.slug]) {
      expect(await updateSegmentAction(null, form({ org, id, name: "Hijacked", tags: "vip" }))).toMatchObject({ ok: false, message: expect.stringMatching(/not found/i) });
      expect(await deleteSegmentAction(null, form({ org, id }))).toMatchObject({ ok: false, message: expect.stringMatching(/not found/i) });
      const res = await callExport(org, id);
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ error: { code: "NOT_FOUND" } });
    }
    expect(await snapshot(id)).toEqual(before);
    signInAs(null);
    expect((await callExport(a.slug, id)).status).toBe(401);
    expect(await createSegmentAction(null, form({ org: a.slug, name: "Anon", tags: "vip" }))).toMatchObject({ ok: false });
  });
});

describe("GET /api/orgs/[org]/segments/[id]/export", () => {
  it("exports the members with the customers export's columns and escaping", async () => {
    signInAs(a.userId);
    const id = await createVia(a, { name: "Exported VIPs", tags: "vip" });
    const res = await callExport(a.slug, id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="segment-exported-vips-\d{4}-\d{2}-\d{2}\.csv"$/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM, so Excel reads UTF-8
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes).slice(1);
    const [header, ...rows] = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    expect(header).toEqual(exportHeader);
    expect(rows).toHaveLength(1); // org B's look-alike is not there
    expect(rows[0].slice(0, 6)).toEqual(['\'=Vip, "the" first', "vip@a.io", "", "vip", "TELEGRAM", "42"]);
    expect(rows[0][6]).toBe("line1\nline2");
    expect(rows[0].slice(8)).toEqual(["1", "12.50"]);
    expect((await callExport(a.slug, "x".repeat(100))).status).toBe(404);
  });
});
