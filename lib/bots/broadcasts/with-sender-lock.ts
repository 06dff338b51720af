import { pgPool } from "@/lib/db/pg-pool";

// One broadcast sender per bot at a time, across every worker process: a session advisory lock
// on a connection of the pool held for the whole run. Postgres drops it the moment that process
// dies, so the next sender can take over (and treats the SENDING rows it finds as left by a
// crash). Returns null when another sender holds it: that one sends this bot's broadcasts too.
// The connection goes back to the pool unlocked; one whose lock state is unknown is closed instead.
export async function withSenderLock<T>(botId: string, work: () => Promise<T>): Promise<T | null> {
  const client = await pgPool().connect();
  let unusable: Error | undefined;
  const onError = (err: Error) => {
    unusable = err;
    console.error("[broadcasts] lock connection", err.message);
  };
  client.on("error", onError); // a checked-out connection has no other listener
  try {
    const key = `broadcast-sender:${botId}`;
    const { rows } = await client.query<{ ok: boolean }>("SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS ok", [key]).catch((err: Error) => {
      unusable = err;
      throw err;
    });
    if (!rows[0]?.ok) return null;
    try {
      return await work();
    } finally {
      await client.query("SELECT pg_advisory_unlock(hashtextextended($1, 0))", [key]).catch((err: Error) => void (unusable = err));
    }
  } finally {
    client.removeListener("error", onError);
    client.release(unusable);
  }
}
