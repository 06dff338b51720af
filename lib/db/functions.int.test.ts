import { randomUUID } from "node:crypto";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase } from "./migrate";

// prisma/functions/*.sql is the source of the PL/pgSQL functions (decision 0007): the migrated
// database (test/global-setup ran the runner) must hold exactly each file's body, and every
// PL/pgSQL function in it must have its file. A fresh database shows the runner applies the files
// on every run, all or none.
const FUNCTIONS_DIR = path.join(process.cwd(), "prisma", "functions");

type FunctionFile = { file: string; name: string; body: string };

function parseFunctionFile(file: string, sql: string): FunctionFile {
  const match = /CREATE OR REPLACE FUNCTION\s+(\w+)\s*\([^]*?\bAS\s+\$(\w*)\$([^]*?)\$\2\$/.exec(sql);
  if (!match) throw new Error(`${file}: no CREATE OR REPLACE FUNCTION ... AS $$ ... $$`);
  return { file, name: match[1], body: match[3] };
}

async function functionFiles(dir = FUNCTIONS_DIR): Promise<FunctionFile[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith(".sql")).sort();
  return Promise.all(files.map(async (f) => parseFunctionFile(f, await readFile(path.join(dir, f), "utf8"))));
}

async function bodiesIn(client: pg.Client): Promise<Map<string, { body: string; language: string }[]>> {
  const { rows } = await client.query<{ name: string; body: string; language: string }>(
    `SELECT p.proname AS name, p.prosrc AS body, l.lanname AS language
       FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace AND n.nspname = 'public' JOIN pg_language l ON l.oid = p.prolang`,
  );
  const byName = new Map<string, { body: string; language: string }[]>();
  for (const r of rows) byName.set(r.name, [...(byName.get(r.name) ?? []), { body: r.body, language: r.language }]);
  return byName;
}

let client: pg.Client;
beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
});
afterAll(() => client.end());

describe("PL/pgSQL functions are source files", () => {
  it("has one file per function, named after it", async () => {
    const files = await functionFiles();
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(f.file).toBe(`${f.name}.sql`);
  });

  it("holds exactly each file's body after migrate", async () => {
    const inDb = await bodiesIn(client);
    for (const f of await functionFiles()) {
      const found = inDb.get(f.name) ?? [];
      expect(found, `${f.name}: one function of that name`).toHaveLength(1);
      expect(found[0].body, `${f.file} differs from the database`).toBe(f.body);
    }
  });

  it("has a file for every PL/pgSQL function in the database", async () => {
    const inDb = await bodiesIn(client);
    const plpgsql = [...inDb]
      .filter(([, defs]) => defs.some((d) => d.language === "plpgsql"))
      .map(([name]) => name)
      .sort();
    expect(plpgsql).toEqual((await functionFiles()).map((f) => f.name).sort());
  });
});

describe("the migration runner and prisma/functions", () => {
  const database = `frontdesk_functions_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  let url: string;
  let dir: string;
  let fresh: pg.Client;

  beforeAll(async () => {
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
    const u = new URL(process.env.DATABASE_URL!);
    u.pathname = `/${database}`;
    url = u.toString();
    dir = await mkdtemp(path.join(tmpdir(), "frontdesk-functions-"));
    for (const f of await readdir(FUNCTIONS_DIR)) await writeFile(path.join(dir, f), await readFile(path.join(FUNCTIONS_DIR, f)));
  });
  afterAll(async () => {
    await fresh?.end();
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(database)} WITH (FORCE)`);
    await rm(dir, { recursive: true, force: true });
  });

  const file = "frontdesk_organization_rollups.sql";
  const edit = async (from: string, to: string) => {
    const sql = await readFile(path.join(dir, file), "utf8");
    expect(sql).toContain(from);
    await writeFile(path.join(dir, file), sql.replace(from, to));
  };
  const bodyOf = async (name: string) => (await bodiesIn(fresh)).get(name)?.[0]?.body;

  it("applies the files after the migrations, and an edited file on the next run without a migration", async () => {
    await edit("BEGIN\n", "BEGIN\n  -- edited once\n");
    const first = await migrateDatabase({ databaseUrl: url, functionsDir: dir });
    expect(first.applied.length).toBeGreaterThan(0);
    expect(first.functions).toContain(file);
    fresh = new pg.Client({ connectionString: url });
    await fresh.connect();
    expect(await bodyOf("frontdesk_organization_rollups")).toContain("-- edited once");

    await edit("-- edited once", "-- edited twice");
    const second = await migrateDatabase({ databaseUrl: url, functionsDir: dir });
    expect(second.applied).toEqual([]);
    expect(await bodyOf("frontdesk_organization_rollups")).toContain("-- edited twice");
    // The function still works: a time zone change rebuilds the org's rollups through it.
    await fresh.query(`INSERT INTO "Organization" ("id", "name", "slug", "updatedAt") VALUES ('org_fn', 'Fn', 'fn-test', now())`);
    await expect(fresh.query(`UPDATE "Organization" SET "timezone" = 'Europe/Berlin' WHERE "id" = 'org_fn'`)).resolves.toBeTruthy();
  });

  it("applies all the files or none", async () => {
    await edit("-- edited twice", "-- edited thrice");
    await writeFile(path.join(dir, "zz_broken.sql"), "CREATE OR REPLACE FUNCTION frontdesk_broken() RETURNS VOID LANGUAGE plpgsql AS $$ BEGIN; $$;\n");
    await expect(migrateDatabase({ databaseUrl: url, functionsDir: dir })).rejects.toThrow(/zz_broken\.sql/);
    expect(await bodyOf("frontdesk_organization_rollups")).toContain("-- edited twice");
    expect(await bodyOf("frontdesk_broken")).toBeUndefined();
  });
});
