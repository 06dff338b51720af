import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { parseCustomerCsv } from "@/lib/customers/import/parse-customer-csv";
import { addMember, createOrg, signInAs } from "@/test/factories";
import { GET as getCustomer } from "./[id]/route";
import { GET as exportCsv } from "./export/route";
import { createSaleOrders } from "@/test/sale-orders";

// Integration: the Customers route handlers, called as Next calls them.
type Org = Awaited<ReturnType<typeof createOrg>>;
const call = (handler: typeof getCustomer, url: string, params: Record<string, string>) => handler(new Request(`http://localhost${url}`), { params: Promise.resolve(params) });

let a: Org;
let b: Org;
let aliceId: string;
beforeAll(async () => {
  [a, b] = await Promise.all([createOrg(), createOrg()]);
  const alice = await db.customer.create({
    data: { orgId: a.orgId, name: "Alice =1+1", email: "alice@a.io", phone: "+49 151 1", telegramUserId: 9007199254740993n - 1n, tags: ["vip", "früh"], notes: 'says "hi", twice\nand leaves', source: "TELEGRAM" },
    select: { id: true },
  });
  aliceId = alice.id;
  await createSaleOrders(db, [
    { orgId: a.orgId, customerId: aliceId, kind: "TICKET", amount: 2550, currency: "EUR", status: "PAID", paidAt: new Date() },
    { orgId: a.orgId, customerId: aliceId, kind: "BOOKING", amount: 9900, currency: "EUR", status: "CANCELED" },
  ]);
  await db.customer.createMany({
    data: [
      { orgId: a.orgId, name: "Bob", email: "bob@a.io", tags: ["regular"], source: "MANUAL" },
      { orgId: a.orgId, name: "Carol", tags: [], source: "IMPORT" },
    ],
  });
});

describe("GET /api/orgs/[org]/customers/[id]", () => {
  it("returns the public fields, Telegram id as a string", async () => {
    signInAs(a.userId);
    const res = await call(getCustomer, `/api/orgs/${a.slug}/customers/${aliceId}`, { org: a.slug, id: aliceId });
    expect(res.status).toBe(200);
    const { customer } = await res.json();
    expect(customer).toMatchObject({ id: aliceId, name: "Alice =1+1", email: "alice@a.io", telegramUserId: "9007199254740992", tags: ["vip", "früh"], source: "TELEGRAM" });
    expect(Object.keys(customer).sort()).toEqual(["createdAt", "email", "id", "name", "notes", "phone", "source", "tags", "telegramUserId", "updatedAt"]);
  });

  it("is a JSON 404 for a member of another org (either slug), an unknown id, and 401 signed out", async () => {
    signInAs(b.userId);
    for (const org of [b.slug, a.slug]) {
      const res = await call(getCustomer, `/api/orgs/${org}/customers/${aliceId}`, { org, id: aliceId });
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ error: { code: "NOT_FOUND" } });
    }
    signInAs(a.userId);
    expect((await call(getCustomer, "/x", { org: a.slug, id: "nope" })).status).toBe(404);
    expect((await call(getCustomer, "/x", { org: a.slug, id: "x".repeat(500) })).status).toBe(404);
    signInAs(null);
    expect((await call(getCustomer, "/x", { org: a.slug, id: aliceId })).status).toBe(401);
  });
});

describe("GET /api/orgs/[org]/customers/export", () => {
  it("downloads the org's customers as CSV with formulas defused and stats filled in", async () => {
    signInAs(a.userId);
    const res = await call(exportCsv, `/api/orgs/${a.slug}/customers/export`, { org: a.slug });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="customers-org-.*\.csv"$/);
    const text = await res.text();
    const lines = text.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe("name,email,phone,tags,source,telegram_user_id,notes,created_at,orders,total_spent");
    expect(text).toContain("\nAlice =1+1,"); // "=" not at the start of the cell: left alone
    expect(text).toContain(`,+49 151 1,`); // a phone number is written as it is: it calls nothing
    expect(text).not.toContain(`'+49`);
    expect(text).toContain(`"says ""hi"", twice\nand leaves"`);
    expect(text).toMatch(/,1,25\.50\r\n/); // one paid order, the canceled one does not count
    const parsed = parseCustomerCsv(text);
    expect(parsed.rows.map((r) => r.fields?.name).sort()).toEqual(["Alice =1+1", "Bob", "Carol"]);
    expect(parsed.rows.every((r) => r.errors.length === 0)).toBe(true);
    expect(parsed.rows.find((r) => r.fields?.email === "alice@a.io")?.fields).toMatchObject({ phone: "+49 151 1", telegramUserId: 9007199254740992n, tags: ["vip", "früh"] });
  });

  it("respects the list filters and rejects bad ones with a 400", async () => {
    signInAs(a.userId);
    const rowsFor = async (qs: string) => {
      const res = await call(exportCsv, `/api/orgs/${a.slug}/customers/export?${qs}`, { org: a.slug });
      return parseCustomerCsv(await res.text()).rows.map((r) => r.values.name);
    };
    expect(await rowsFor("tag=VIP")).toEqual(["Alice =1+1"]);
    expect(await rowsFor("source=IMPORT")).toEqual(["Carol"]);
    expect(await rowsFor("q=BOB@")).toEqual(["Bob"]);
    expect(parseCustomerCsv(await (await call(exportCsv, `/api/orgs/${a.slug}/customers/export?q=nobody`, { org: a.slug })).text()).fileErrors[0]).toMatch(/no rows/);
    const bad = await call(exportCsv, `/api/orgs/${a.slug}/customers/export?source=HACK`, { org: a.slug });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: "BAD_INPUT", fields: { source: expect.any(String) } } });
  });

  it("is a 404 for someone outside the org, and a staff member may export", async () => {
    signInAs(b.userId);
    expect((await call(exportCsv, `/api/orgs/${a.slug}/customers/export`, { org: a.slug })).status).toBe(404);
    const staff = await addMember(a.orgId, "STAFF");
    signInAs(staff.id);
    expect((await call(exportCsv, `/api/orgs/${a.slug}/customers/export`, { org: a.slug })).status).toBe(200);
  });
});
