import { readFileSync } from "node:fs";
import internals from "@prisma/internals";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The migrated database (test/global-setup applies prisma/migrations) must be exactly what
// schema.prisma describes: tables, columns, types, nullability, enums, unique indexes.
const scalarTypes: Record<string, string> = {
  String: "text",
  Int: "integer",
  BigInt: "bigint",
  Boolean: "boolean",
  DateTime: "timestamp without time zone",
  Json: "jsonb",
  Float: "double precision",
  Decimal: "numeric",
  Bytes: "bytea",
};

type Dmmf = Awaited<ReturnType<typeof internals.getDMMF>>;
let dmmf: Dmmf;
let client: pg.Client;

beforeAll(async () => {
  dmmf = await internals.getDMMF({ datamodel: readFileSync("prisma/schema.prisma", "utf8") });
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
});
afterAll(() => client.end());

async function columns() {
  const { rows } = await client.query<{ table_name: string; column_name: string; data_type: string; udt_name: string; is_nullable: string }>(
    `SELECT table_name, column_name, data_type, udt_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
  );
  return rows;
}

describe("migrations agree with schema.prisma", () => {
  it("has exactly the models' tables and columns, with matching types and nullability", async () => {
    const expected = new Map<string, string>();
    for (const model of dmmf.datamodel.models) {
      const table = model.dbName ?? model.name;
      for (const field of model.fields) {
        if (field.kind === "object") continue;
        const base = field.kind === "enum" ? field.type : field.nativeType?.[0] === "Date" ? "date" : scalarTypes[field.type];
        const type = field.isList ? `${base}[]` : base;
        const nullable = field.isList ? "any" : field.isRequired ? "NO" : "YES";
        expected.set(`${table}.${field.dbName ?? field.name}`, `${type} ${nullable}`);
      }
    }
    const actual = new Map<string, string>();
    for (const c of await columns()) {
      const base = c.data_type === "USER-DEFINED" ? c.udt_name : c.data_type === "ARRAY" ? `${udtToType(c.udt_name.slice(1))}[]` : c.data_type;
      const key = `${c.table_name}.${c.column_name}`;
      actual.set(key, `${base} ${expected.get(key)?.endsWith("any") ? "any" : c.is_nullable}`);
    }
    expect(Object.fromEntries([...actual].sort())).toEqual(Object.fromEntries([...expected].sort()));
  });

  it("has every enum with the same values", async () => {
    const { rows } = await client.query<{ name: string; values: string[] }>(
      `SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS values
         FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace AND n.nspname = 'public'
        GROUP BY t.typname`,
    );
    const actual = Object.fromEntries(rows.map((r) => [r.name, r.values]));
    const expected = Object.fromEntries(dmmf.datamodel.enums.map((e) => [e.dbName ?? e.name, e.values.map((v) => v.dbName ?? v.name)]));
    expect(actual).toEqual(expected);
  });

  it("has the primary keys, unique indexes and plain indexes the schema declares", async () => {
    const { rows } = await client.query<{ table: string; columns: string[]; unique: boolean; primary: boolean }>(
      `SELECT t.relname AS table, i.indisunique AS unique, i.indisprimary AS primary,
              array_agg(a.attname ORDER BY k.ord)::text[] AS columns
         FROM pg_index i
         JOIN pg_class t ON t.oid = i.indrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
         CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)
         JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
        WHERE t.relname <> '_prisma_migrations'
          -- exclusion constraints (no double booking) live only in SQL; a test of their own covers them
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.contype = 'x')
        GROUP BY t.relname, i.indexrelid, i.indisunique, i.indisprimary`,
    );
    const actual = rows.map((r) => `${r.table}:${r.primary ? "id" : r.unique ? "unique" : "normal"}:${r.columns.join(",")}`).sort();
    const expected = dmmf.datamodel.indexes
      .map((ix) => {
        const model = dmmf.datamodel.models.find((m) => m.name === ix.model)!;
        const cols = ix.fields.map((f) => model.fields.find((mf) => mf.name === f.name)?.dbName ?? f.name);
        return `${model.dbName ?? model.name}:${ix.type === "id" ? "id" : ix.type === "unique" ? "unique" : "normal"}:${cols.join(",")}`;
      })
      .sort();
    expect(actual).toEqual(expected);
  });
});

function udtToType(udt: string): string {
  const map: Record<string, string> = { text: "text", int4: "integer", int8: "bigint", bool: "boolean", jsonb: "jsonb", timestamp: "timestamp without time zone" };
  return map[udt] ?? udt;
}

describe("tenancy in the schema itself", () => {
  it("refuses an order whose customer belongs to another organization", async () => {
    const { createOrg } = await import("@/test/factories");
    const { db } = await import("@/lib/db/client");
    const a = await createOrg();
    const b = await createOrg();
    const customerOfB = await db.customer.create({ data: { orgId: b.orgId, name: "B" } });
    await expect(db.order.create({ data: { orgId: a.orgId, customerId: customerOfB.id, kind: "BOOKING", amount: 100, currency: "EUR" } })).rejects.toThrow();
    await expect(db.order.create({ data: { orgId: b.orgId, customerId: customerOfB.id, kind: "BOOKING", amount: 100, currency: "EUR" } })).resolves.toBeTruthy();
  });
});
