import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createOrg } from "@/test/factories";
import { exportCustomersWhereCsv, exportHeader } from "./export-customers-csv";

// Integration: the one export loop behind the customers and segment CSVs.
const lines = (csv: string) =>
  csv
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");

describe("exportCustomersWhereCsv", () => {
  it("exports the org's customers matching the condition, in batches, newest first", async () => {
    const org = await createOrg();
    const base = Date.UTC(2025, 0, 1);
    await db.customer.createMany({ data: Array.from({ length: 1205 }, (_, i) => ({ orgId: org.orgId, name: `C${i}`, tags: i % 2 ? ["odd"] : [], createdAt: new Date(base + i * 60_000) })) });
    const rows = lines(await exportCustomersWhereCsv({ orgId: org.orgId, currency: "EUR", where: { tags: { has: "odd" } } }));
    expect(rows[0]).toBe(exportHeader.join(","));
    expect(rows.length - 1).toBe(602);
    expect(rows[1].startsWith("C1203,")).toBe(true);
    expect(rows.at(-1)!.startsWith("C1,")).toBe(true);
  });

  it("never leaves the org, whatever the condition asks for", async () => {
    const a = await createOrg();
    const b = await createOrg();
    await db.customer.create({ data: { orgId: b.orgId, name: "Secret of B" } });
    const csv = await exportCustomersWhereCsv({ orgId: a.orgId, currency: "EUR", where: { orgId: b.orgId } });
    expect(lines(csv)).toEqual([exportHeader.join(",")]);
  });
});
