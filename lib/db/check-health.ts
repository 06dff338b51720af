import { db, type Db } from "./client";

/** A real round trip to Postgres, bounded to 2 s so a hung database answers "down", not never. */
export async function checkHealth({ client = db }: { client?: Db } = {}): Promise<{ status: "ok" | "error"; db: "ok" | "down" }> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([client.$queryRaw`SELECT 1`, new Promise((_, reject) => (timer = setTimeout(() => reject(new Error("timeout")), 2000)))]);
    return { status: "ok", db: "ok" };
  } catch {
    return { status: "error", db: "down" };
  } finally {
    clearTimeout(timer);
  }
}
