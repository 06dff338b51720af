import { beforeEach, describe, expect, it } from "vitest";
import { createOrg, uid } from "@/test/factories";
import { db } from "./client";
import { CrossOrgWriteError, orgDb } from "./org-db";

// Two orgs with a customer each: everything through org A's handle sees and changes only org A.
describe("orgDb (real Postgres)", () => {
  let a: { orgId: string };
  let b: { orgId: string };
  let aCustomer: string;
  let bCustomer: string;

  beforeEach(async () => {
    a = await createOrg();
    b = await createOrg();
    aCustomer = (await db.customer.create({ data: { orgId: a.orgId, name: `A ${uid()}`, tags: ["vip"] }, select: { id: true } })).id;
    bCustomer = (await db.customer.create({ data: { orgId: b.orgId, name: `B ${uid()}`, tags: ["vip"] }, select: { id: true } })).id;
  });

  it("reads only its own org's rows", async () => {
    const scoped = orgDb(a.orgId);
    expect((await scoped.customer.findMany({ where: { tags: { has: "vip" } }, select: { id: true } })).map((c) => c.id)).toEqual([aCustomer]);
    expect(await scoped.customer.findFirst({ where: { id: bCustomer } })).toBeNull();
    expect(await scoped.customer.findUnique({ where: { id: bCustomer } })).toBeNull();
    expect((await scoped.customer.findUnique({ where: { id: aCustomer }, select: { id: true } }))?.id).toBe(aCustomer);
    await expect(scoped.customer.findUniqueOrThrow({ where: { id: bCustomer } })).rejects.toThrow();
    expect(await scoped.customer.count()).toBe(1);
    expect(await scoped.customer.count({ where: { orgId: b.orgId } })).toBe(0);
    expect((await scoped.customer.aggregate({ _count: { _all: true } }))._count._all).toBe(1);
    expect(await scoped.customer.groupBy({ by: ["orgId"], _count: { _all: true } })).toEqual([{ orgId: a.orgId, _count: { _all: 1 } }]);
  });

  it("never changes another org's rows", async () => {
    const scoped = orgDb(a.orgId);
    await expect(scoped.customer.update({ where: { id: bCustomer }, data: { name: "taken" } })).rejects.toThrow();
    expect((await scoped.customer.updateMany({ data: { notes: "touched" } })).count).toBe(1);
    await expect(scoped.customer.delete({ where: { id: bCustomer } })).rejects.toThrow();
    expect((await scoped.customer.deleteMany({ where: { id: bCustomer } })).count).toBe(0);
    const other = await db.customer.findUniqueOrThrow({ where: { id: bCustomer }, select: { name: true, notes: true } });
    expect(other.name).not.toBe("taken");
    expect(other.notes).toBeNull();
    expect((await db.customer.findUniqueOrThrow({ where: { id: aCustomer }, select: { notes: true } })).notes).toBe("touched");
    await scoped.customer.delete({ where: { id: aCustomer } });
    expect(await db.customer.count({ where: { id: { in: [aCustomer, bCustomer] } } })).toBe(1);
  });

  it("creates rows in its own org and refuses another org's id", async () => {
    const scoped = orgDb(a.orgId);
    const created = await scoped.customer.create({ data: { orgId: a.orgId, name: "new" }, select: { orgId: true } });
    expect(created.orgId).toBe(a.orgId);
    // Without orgId in data (as plain JS would call it), the handle fills it in.
    const filled = await scoped.customer.create({ data: { name: "filled" } as never, select: { orgId: true } });
    expect(filled.orgId).toBe(a.orgId);
    await scoped.customer.createMany({ data: [{ name: "m1" } as never, { orgId: a.orgId, name: "m2" }] });
    expect(await db.customer.count({ where: { orgId: a.orgId, name: { in: ["m1", "m2"] } } })).toBe(2);
    const upserted = await scoped.customer.upsert({ where: { id: bCustomer }, create: { orgId: a.orgId, name: "upserted" }, update: { name: "taken" }, select: { id: true, orgId: true } });
    expect(upserted).toMatchObject({ orgId: a.orgId });
    expect(upserted.id).not.toBe(bCustomer);
    await expect(scoped.customer.create({ data: { orgId: b.orgId, name: "smuggled" } })).rejects.toThrow(CrossOrgWriteError);
    await expect(scoped.customer.update({ where: { id: aCustomer }, data: { orgId: b.orgId } })).rejects.toThrow(CrossOrgWriteError);
    expect(await db.customer.count({ where: { orgId: b.orgId } })).toBe(1);
  });

  it("keeps the scoping inside an interactive transaction", async () => {
    const seen = await orgDb(a.orgId).$transaction(async (tx) => {
      const ids = (await tx.customer.findMany({ select: { id: true } })).map((c) => c.id);
      const count = await tx.customer.count({ where: { id: bCustomer } });
      const updated = await tx.customer.updateMany({ where: { id: bCustomer }, data: { name: "taken" } });
      const created = await tx.customer.create({ data: { orgId: a.orgId, name: "in tx" }, select: { orgId: true } });
      return { ids, count, updated: updated.count, createdOrg: created.orgId };
    });
    expect(seen).toEqual({ ids: [aCustomer], count: 0, updated: 0, createdOrg: a.orgId });
    expect((await db.customer.findUniqueOrThrow({ where: { id: bCustomer }, select: { name: true } })).name).not.toBe("taken");
  });

  it("leaves models without orgId and global tables unchanged", async () => {
    const org = await orgDb(a.orgId).organization.findUnique({ where: { id: b.orgId }, select: { id: true } });
    expect(org?.id).toBe(b.orgId);
  });
});
