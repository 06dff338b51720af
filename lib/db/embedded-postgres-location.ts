import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { chownSync, chmodSync, cpSync, existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";

// Where the embedded PostgreSQL's binaries and data folder live. Postgres refuses to run as root,
// so as root it runs as the `postgres` OS user, who must be able to enter every folder on the way
// to the binaries and to the data folder. A clone in a folder only root can enter (root's home,
// 0700) is out of its reach: then the binaries are copied to, and the data kept in, a folder under
// `sharedDir` that it can reach, keyed by the data folder's path so that two clones never share one.

export const SHARED_DIR = "/var/lib/frontdesk";
export const PG_OS_USER = "postgres";

export type OsUser = { name: string; uid: number; gid: number };
export type PostgresLocation = { binDir: string; dataDir: string; user: OsUser | null; relocated: { bin: boolean; data: boolean } };

/** A clear, one-sentence failure that the start scripts print instead of a stack trace. */
export class EmbeddedPostgresSetupError extends Error {
  override name = "EmbeddedPostgresSetupError";
}

const howToAvoid = "run Frontdesk as a regular user, or set DATABASE_URL to a PostgreSQL server you run yourself";

/** The OS user Postgres runs as when we are root (created when missing); null when we are not root. */
export function resolveOsUser({ name = PG_OS_USER, create = true }: { name?: string; create?: boolean } = {}): OsUser | null {
  if (process.getuid?.() !== 0) return null;
  const found = lookupUser(name);
  if (found) return found;
  if (create) {
    // --user-group gives it a group of its own name; no home or login shell needed.
    const made = spawnSync("useradd", ["--system", "--user-group", "--no-create-home", "--shell", "/usr/sbin/nologin", name], { encoding: "utf8" });
    const created = lookupUser(name);
    if (created) return created;
    const why = (made.error?.message ?? made.stderr ?? "").trim().split("\n")[0];
    throw new EmbeddedPostgresSetupError(`Running as root, the embedded PostgreSQL needs a "${name}" OS user and creating it failed${why ? ` (${why})` : ""}: create it with \`useradd --system --user-group ${name}\`, or ${howToAvoid}.`);
  }
  throw new EmbeddedPostgresSetupError(`Running as root, the embedded PostgreSQL needs a "${name}" OS user, and there is none: create it with \`useradd --system --user-group ${name}\`, or ${howToAvoid}.`);
}

function lookupUser(name: string): OsUser | null {
  const uid = spawnSync("id", ["-u", name], { encoding: "utf8" });
  const gid = spawnSync("id", ["-g", name], { encoding: "utf8" });
  if (uid.status !== 0 || gid.status !== 0) return null;
  return { name, uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/** Whether `user` can enter `dir` (search permission on it and on every folder above it). */
export function userCanEnter(user: OsUser, dir: string): boolean {
  const probe = spawnSync("/bin/sh", ["-c", 'test -d "$1" && test -x "$1"', "sh", dir], { uid: user.uid, gid: user.gid, stdio: "ignore" });
  return probe.status === 0;
}

/** The nearest folder that exists at or above `p`: a data folder not made yet is made under it. */
function nearestExisting(p: string): string {
  let dir = p;
  while (!existsSync(dir) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

/** `root-x-frontdesk-data-pg-3fa2c1d9e0b1`: readable, and unique per absolute data folder. */
export function relocatedName(dataDir: string): string {
  const abs = path.resolve(dataDir);
  const hash = createHash("sha256").update(abs).digest("hex").slice(0, 12);
  const readable = abs
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(-60)
    .replace(/^-+/, "");
  return `${readable}-${hash}`;
}

/**
 * Decides and prepares where Postgres runs from. `nativeDir` is the binary package's `native`
 * folder (bin, lib, share); `version` names its copy. Not root: everything stays where it is.
 */
export function preparePostgresLocation(options: { dataDir: string; nativeDir: string; version: string; user: OsUser | null; sharedDir?: string }): PostgresLocation {
  const { user, version } = options;
  const dataDir = path.resolve(options.dataDir);
  const nativeDir = path.resolve(options.nativeDir);
  const sharedDir = path.resolve(options.sharedDir ?? SHARED_DIR);
  if (!user) return { binDir: path.join(nativeDir, "bin"), dataDir, user, relocated: { bin: false, data: false } };

  const movedData = path.join(sharedDir, "data", relocatedName(dataDir));
  // Once a cluster lives in the shared folder it stays there, even if the clone becomes reachable.
  const dataReachable = !existsSync(path.join(movedData, "PG_VERSION")) && userCanEnter(user, nearestExisting(path.dirname(dataDir)));
  const binReachable = userCanEnter(user, path.join(nativeDir, "bin")) && userCanEnter(user, path.join(nativeDir, "lib"));
  const location: PostgresLocation = {
    binDir: binReachable ? path.join(nativeDir, "bin") : path.join(copyBinaries({ nativeDir, sharedDir, version }), "bin"),
    dataDir: dataReachable ? dataDir : movedData,
    user,
    relocated: { bin: !binReachable, data: !dataReachable },
  };
  ownDataDir(location.dataDir, user);
  const unreachable = [location.binDir, location.dataDir].find((dir) => !userCanEnter(user, dir));
  if (unreachable) {
    throw new EmbeddedPostgresSetupError(
      `The embedded PostgreSQL runs as the "${user.name}" OS user, who cannot enter ${unreachable}: let that user enter the folders on its path (chmod o+x), move the clone to a folder it can enter (such as /srv or /opt), or ${howToAvoid}.`,
    );
  }
  return location;
}

/** One copy per binary version, shared by clones (read-only files); made whole, then renamed in. */
function copyBinaries({ nativeDir, sharedDir, version }: { nativeDir: string; sharedDir: string; version: string }): string {
  const target = path.join(sharedDir, `postgres-${version}-${process.platform}-${process.arch}`);
  if (existsSync(path.join(target, "bin", "postgres"))) return target;
  const partial = `${target}.partial-${process.pid}`;
  try {
    mkdirSync(sharedDir, { recursive: true, mode: 0o755 });
    chmodSync(sharedDir, 0o755);
    cpSync(nativeDir, partial, { recursive: true, verbatimSymlinks: true });
    chmodSync(partial, 0o755);
    try {
      renameSync(partial, target);
    } catch (err) {
      // Another process copied it first: use theirs.
      if (!existsSync(path.join(target, "bin", "postgres"))) throw err;
      rmSync(partial, { recursive: true, force: true });
    }
  } catch (err) {
    rmSync(partial, { recursive: true, force: true });
    throw new EmbeddedPostgresSetupError(
      `The embedded PostgreSQL runs as the "${PG_OS_USER}" OS user, who cannot enter this clone's folder, and copying its binaries to ${sharedDir} failed (${(err as Error).message}): move the clone to a folder that user can enter (such as /srv or /opt), or ${howToAvoid}.`,
    );
  }
  return target;
}

/** initdb wants a data folder owned by the user it runs as, with no access for others. */
function ownDataDir(dataDir: string, user: OsUser) {
  try {
    for (const dir of ancestorsToMake(dataDir)) {
      mkdirSync(dir, { mode: 0o755 });
      chmodSync(dir, 0o755);
    }
    if (!existsSync(dataDir)) mkdirSync(dataDir, { mode: 0o700 });
    chownSync(dataDir, user.uid, user.gid);
    chmodSync(dataDir, 0o700);
  } catch (err) {
    throw new EmbeddedPostgresSetupError(`The embedded PostgreSQL's data folder ${dataDir} could not be made for the "${user.name}" OS user (${(err as Error).message}): ${howToAvoid}.`);
  }
}

function ancestorsToMake(dataDir: string): string[] {
  const missing: string[] = [];
  for (let dir = path.dirname(dataDir); !existsSync(dir); dir = path.dirname(dir)) missing.unshift(dir);
  return missing;
}
