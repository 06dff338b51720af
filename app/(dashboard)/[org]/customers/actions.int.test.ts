import { beforeAll, describe, expect, it } from "vitest";
import { getCustomerTimeline } from "@/lib/customers/profile/get-customer-timeline";
import { exportCustomersCsv } from "@/lib/customers/records/export-customers-csv";
import { db } from "@/lib/db/client";
import { addMember, createOrg, form, signInAs } from "@/test/factories";
import { createCustomerAction, deleteCustomerAction, importCustomersAction, previewImportAction, updateCustomerAction } from "./actions";
import { createSaleOrder } from "@/test/sale-orders";
import { redirectOf } from "@/test/actions";

// Integration: the Customers server actions on a real database, called as a form would call them.
type Org = Awaited<ReturnType<typeof createOrg>>;

/** The URL a server action redirected to (redirect() throws NEXT_REDIRECT with it in the digest). */

async function createVia(org: Org, fields: Record<string, string>) {
  const url = await redirectOf(createCustomerAction(null, form({ org: org.slug, ...fields })));
  return url.split("/").pop()!;
}

const count = (orgId: string) => db.customer.count({ where: { orgId } });
const snapshot = (id: string) => db.customer.findUnique({ where: { id }, select: { name: true, email: true, phone: true, telegramUserId: true, tags: true, notes: true, updatedAt: true } });

let a: Org;
let b: Org;
let staffA: { id: string };
beforeAll(async () => {
  [a, b] = await Promise.all([createOrg(), createOrg()]);
  staffA = await addMember(a.orgId, "STAFF");
});

describe("create / update / delete customer actions", () => {
  it("creates a customer with normalized fields and an audit row, then redirects to it", async () => {
    signInAs(staffA.id);
    const url = await redirectOf(createCustomerAction(null, form({ org: a.slug, name: " Zoë Ångström ", email: "ZOE@Example.com", phone: "+49 151 000", telegramUserId: "4242", tags: "VIP, vip, Früh", notes: "<b>hi</b>" })));
    const id = url.split("/").pop()!;
    expect(url).toBe(`/${a.slug}/customers/${id}`);
    const row = await db.customer.findFirst({ where: { id, orgId: a.orgId }, select: { name: true, email: true, telegramUserId: true, tags: true, notes: true, source: true } });
    expect(row).toEqual({ name: "Zoë Ångström", email: "zoe@example.com", telegramUserId: 4242n, tags: ["vip", "früh"], notes: "<b>hi</b>", source: "MANUAL" });
    const audit = await db.auditLog.findMany({ where: { orgId: a.orgId, targetId: id }, select: { action: true, targetType: true, actorUserId: true } });
    expect(audit).toEqual([{ action: "customer.created", targetType: "Customer", actorUserId: staffA.id }]);
  });

  it("bad input gives field errors, echoes the values and writes nothing", async () => {
    signInAs(a.userId);
    const before = await count(a.orgId);
    const fields = { name: "x".repeat(10_000), email: "nope", phone: "call me", telegramUserId: "-1", tags: "ok, not ok", notes: "n".repeat(2001) };
    const res = await createCustomerAction(null, form({ org: a.slug, ...fields }));
    expect(res?.ok).toBe(false);
    if (res && !res.ok) {
      expect(Object.keys(res.fieldErrors ?? {}).sort()).toEqual(["email", "name", "notes", "phone", "tags", "telegramUserId"]);
      expect(res.values?.email).toBe("nope");
    }
    expect(await count(a.orgId)).toBe(before);
  });

  it("a duplicate email (any case) or Telegram id is a field error, not a 500; another org may reuse them", async () => {
    signInAs(a.userId);
    await createVia(a, { name: "First", email: "dupe@x.io", telegramUserId: "999001" });
    const before = await count(a.orgId);
    const res = await createCustomerAction(null, form({ org: a.slug, name: "Second", email: "DUPE@x.io", telegramUserId: "999001" }));
    expect(res).toMatchObject({ ok: false, fieldErrors: { email: "A customer with this email already exists", telegramUserId: "A customer with this Telegram user id already exists" } });
    expect(await count(a.orgId)).toBe(before);
    signInAs(b.userId);
    await createVia(b, { name: "Elsewhere", email: "dupe@x.io", telegramUserId: "999001" });
  });

  it("two concurrent creates with one email: one wins, the other gets the field error", async () => {
    signInAs(a.userId);
    const results = await Promise.allSettled([0, 1, 2].map((i) => createCustomerAction(null, form({ org: a.slug, name: `Racer ${i}`, email: "race@x.io", telegramUserId: "31337" }))));
    const refused = results.filter((r) => r.status === "fulfilled" && r.value && !r.value.ok);
    expect(results.filter((r) => r.status === "rejected")).toHaveLength(1); // the winner's redirect
    expect(refused).toHaveLength(2);
    for (const r of refused) expect((r as PromiseFulfilledResult<{ fieldErrors?: Record<string, string> }>).value.fieldErrors?.email).toBe("A customer with this email already exists");
    expect(await db.customer.count({ where: { orgId: a.orgId, email: "race@x.io" } })).toBe(1);
  });

  it("updates a customer, records which fields changed, and keeps unique rules", async () => {
    signInAs(a.userId);
    const id = await createVia(a, { name: "Up Date", email: "up@x.io", tags: "a" });
    await createVia(a, { name: "Other", email: "other@x.io" });
    const url = await redirectOf(updateCustomerAction(null, form({ org: a.slug, id, name: "Up Dated", email: "up@x.io", tags: "a, b", phone: "", notes: "new note" })));
    expect(url).toBe(`/${a.slug}/customers/${id}`);
    expect(await snapshot(id)).toMatchObject({ name: "Up Dated", tags: ["a", "b"], notes: "new note" });
    const audit = await db.auditLog.findFirst({ where: { orgId: a.orgId, targetId: id, action: "customer.updated" }, select: { data: true } });
    expect(audit?.data).toEqual({ changed: ["name", "tags", "notes"], via: "form" });

    const before = await snapshot(id);
    const res = await updateCustomerAction(null, form({ org: a.slug, id, name: "Up Dated", email: "OTHER@x.io" }));
    expect(res).toMatchObject({ ok: false, fieldErrors: { email: "A customer with this email already exists" } });
    const bad = await updateCustomerAction(null, form({ org: a.slug, id, name: "" }));
    expect(bad).toMatchObject({ ok: false, fieldErrors: { name: "Name is required" } });
    expect(await snapshot(id)).toEqual(before);
  });

  it("deletes a customer without orders; refuses one with orders and changes nothing", async () => {
    signInAs(a.userId);
    const id = await createVia(a, { name: "Gone Soon" });
    expect(await redirectOf(deleteCustomerAction(null, form({ org: a.slug, id })))).toBe(`/${a.slug}/customers?deleted=1`);
    expect(await db.customer.findUnique({ where: { id } })).toBeNull();
    expect(await db.auditLog.count({ where: { orgId: a.orgId, targetId: id, action: "customer.deleted" } })).toBe(1);

    const buyer = await createVia(a, { name: "Buyer" });
    await createSaleOrder(db, { orgId: a.orgId, customerId: buyer, kind: "TICKET", amount: 2500, currency: "EUR", status: "PAID", paidAt: new Date() });
    const res = await deleteCustomerAction(null, form({ org: a.slug, id: buyer }));
    expect(res).toMatchObject({ ok: false, message: expect.stringMatching(/has 1 order and cannot be deleted/) });
    expect(await db.customer.count({ where: { id: buyer } })).toBe(1);
  });
});

describe("tenancy", () => {
  it("a member of org B cannot update or delete org A's customer, with either slug", async () => {
    signInAs(a.userId);
    const id = await createVia(a, { name: "Private", email: "private@a.io" });
    const before = await snapshot(id);
    const memberB = await addMember(b.orgId, "OWNER");
    signInAs(memberB.id);
    for (const org of [b.slug, a.slug]) {
      const upd = await updateCustomerAction(null, form({ org, id, name: "Hacked", email: "hacked@b.io" }));
      expect(upd).toMatchObject({ ok: false, message: expect.stringMatching(/not found/i) });
      const del = await deleteCustomerAction(null, form({ org, id }));
      expect(del).toMatchObject({ ok: false, message: expect.stringMatching(/not found/i) });
    }
    expect(await snapshot(id)).toEqual(before);
    expect(await db.auditLog.count({ where: { targetId: id, action: { not: "customer.created" } } })).toBe(0);
    await expect(getCustomerTimeline({ orgId: b.orgId, customerId: id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("signed out: nothing happens", async () => {
    signInAs(null);
    const before = await count(a.orgId);
    expect(await createCustomerAction(null, form({ org: a.slug, name: "Anon" }))).toMatchObject({ ok: false, message: expect.stringMatching(/sign in/i) });
    expect(await count(a.orgId)).toBe(before);
  });
});

describe("CSV import", () => {
  it("a file with one bad row imports nothing; the same file fixed imports everything", async () => {
    const org = await createOrg();
    signInAs(org.userId);
    await createVia(org, { name: "Existing", email: "ex@x.io", tags: "old" });
    const good = ["name,email,tags", "New One,one@x.io,a", "New Two,two@x.io,b", "Existing Renamed,EX@x.io,new"];
    const bad = [...good, "Broken,not-an-email,"];
    const before = await count(org.orgId);

    const preview = await previewImportAction(null, form({ org: org.slug, csv: bad.join("\n") }));
    expect(preview).toMatchObject({ ok: true, data: { summary: { new: 2, update: 1, unchanged: 0, error: 1 } } });
    const refused = await importCustomersAction(null, form({ org: org.slug, csv: bad.join("\n") }));
    expect(refused).toMatchObject({ ok: false, message: expect.stringMatching(/1 row has errors. Nothing was imported/) });
    expect(await count(org.orgId)).toBe(before);
    expect((await db.customer.findFirst({ where: { orgId: org.orgId, email: "ex@x.io" }, select: { name: true } }))?.name).toBe("Existing");

    const done = await importCustomersAction(null, form({ org: org.slug, csv: good.join("\n") }));
    expect(done).toMatchObject({ ok: true, message: "Imported 2 new, updated 1.", data: { created: 2, updated: 1, unchanged: 0 } });
    expect(await count(org.orgId)).toBe(before + 2);
    const rows = await db.customer.findMany({ where: { orgId: org.orgId }, orderBy: { email: "asc" }, select: { name: true, email: true, tags: true, source: true } });
    expect(rows).toEqual([
      { name: "Existing Renamed", email: "ex@x.io", tags: ["old", "new"], source: "MANUAL" },
      { name: "New One", email: "one@x.io", tags: ["a"], source: "IMPORT" },
      { name: "New Two", email: "two@x.io", tags: ["b"], source: "IMPORT" },
    ]);
    expect(await db.auditLog.count({ where: { orgId: org.orgId, action: { in: ["customer.created", "customer.updated"] }, data: { path: ["via"], equals: "import" } } })).toBe(3);
  });

  it("a conflict found while writing rolls back every row", async () => {
    const org = await createOrg();
    signInAs(org.userId);
    // Two rows whose Telegram ids collide with one existing customer each way: planned as an error.
    await createVia(org, { name: "Tg", telegramUserId: "55" });
    const before = await count(org.orgId);
    const res = await importCustomersAction(null, form({ org: org.slug, csv: "name,email,telegram_user_id\nFine,fine@x.io,\nClash,clash@x.io,55\nOther,,55" }));
    expect(res?.ok).toBe(false);
    expect(await count(org.orgId)).toBe(before);
  });

  it("refuses empty, oversized and foreign-org imports", async () => {
    signInAs(b.userId);
    expect(await importCustomersAction(null, form({ org: b.slug, csv: "" }))).toMatchObject({ ok: false, fieldErrors: { csv: "Choose a CSV file" } });
    expect(await importCustomersAction(null, form({ org: b.slug, csv: "name\n" + "x".repeat(2 * 1024 * 1024) }))).toMatchObject({ ok: false, fieldErrors: { csv: expect.stringMatching(/2 MB/) } });
    const beforeA = await count(a.orgId);
    expect(await importCustomersAction(null, form({ org: a.slug, csv: "name\nIntruder" }))).toMatchObject({ ok: false });
    expect(await count(a.orgId)).toBe(beforeA);
  });

  it("an export imports back cleanly, as all unchanged (round trip)", async () => {
    const org = await createOrg();
    signInAs(org.userId);
    await createVia(org, { name: "=cmd|' /C calc'!A0", email: "evil@x.io", phone: "+49 (151) 123", telegramUserId: "9007199254740992", tags: "vip, früh-bucher", notes: 'line 1\nline 2, "quoted"; ok' });
    await createVia(org, { name: "李小龍", email: "lee@x.io" });
    const csv = await exportCustomersCsv({ orgId: org.orgId, currency: org.currency, filters: {} });
    const preview = await previewImportAction(null, form({ org: org.slug, csv }));
    expect(preview).toMatchObject({ ok: true, data: { fileErrors: [], summary: { new: 0, update: 0, unchanged: 2, error: 0 } } });
    expect(await importCustomersAction(null, form({ org: org.slug, csv }))).toMatchObject({ ok: true, data: { created: 0, updated: 0, unchanged: 2 } });
    expect(await count(org.orgId)).toBe(2);
  });

  it("an export imports into another org as the same customers; phone numbers are written as they are", async () => {
    const [from, to] = await Promise.all([createOrg(), createOrg()]);
    signInAs(from.userId);
    await createVia(from, { name: "Phone Person", email: "phone@x.io", phone: "+49 151 2345678", telegramUserId: "4242", tags: "vip, früh-bucher", notes: "-fragile, call first" });
    await createVia(from, { name: '=HYPERLINK("http://x")', email: "evil@x.io", phone: "(030) 1234567", notes: "@mention" });
    await createVia(from, { name: "No Contact" });
    const csv = await exportCustomersCsv({ orgId: from.orgId, currency: from.currency, filters: {} });
    expect(csv).toContain(",+49 151 2345678,");
    expect(csv).not.toContain("'+49");
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);

    signInAs(to.userId);
    expect(await importCustomersAction(null, form({ org: to.slug, csv }))).toMatchObject({ ok: true, data: { created: 3, updated: 0, unchanged: 0 } });
    const fields = { name: true, email: true, phone: true, telegramUserId: true, tags: true, notes: true } as const;
    const read = (orgId: string) => db.customer.findMany({ where: { orgId }, orderBy: { name: "asc" }, select: fields });
    const imported = await read(to.orgId);
    expect(imported).toEqual(await read(from.orgId));
    expect(imported.find((c) => c.email === "phone@x.io")).toMatchObject({ phone: "+49 151 2345678", telegramUserId: 4242n, tags: ["vip", "früh-bucher"], notes: "-fragile, call first" });
  });
});

describe("timeline", () => {
  it("lists creation, orders and audit entries newest first", async () => {
    const org = await createOrg();
    signInAs(org.userId);
    const id = await createVia(org, { name: "Timeline", email: "t@x.io" });
    await createSaleOrder(db, { orgId: org.orgId, customerId: id, kind: "TICKET", amount: 4500, currency: "EUR", status: "PAID", paidAt: new Date(Date.now() + 1000) });
    await redirectOf(updateCustomerAction(null, form({ org: org.slug, id, name: "Timeline", email: "t@x.io", tags: "vip" })));
    await db.auditLog.updateMany({ where: { targetId: id, action: "customer.updated" }, data: { createdAt: new Date(Date.now() + 2000) } });
    const items = await getCustomerTimeline({ orgId: org.orgId, customerId: id });
    expect(items.map((i) => i.kind)).toEqual(["audit", "order", "customer.created"]);
    expect(items[0]).toMatchObject({ action: "customer.updated", changed: ["tags"], actor: expect.any(String) });
    expect(items[1]).toMatchObject({ orderKind: "TICKET", amount: 4500, status: "PAID" });
    expect(items[2]).toMatchObject({ source: "MANUAL", via: "form" });
  });
});
