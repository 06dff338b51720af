import pg from "pg";

// One broadcast sender per bot at a time, across every worker process: a session advisory lock
// on a connection of its own, held for the whole run. Postgres drops it the moment that process
// dies, so the next sender can take over (and treats the SENDING rows it finds as left by a
// crash). Returns null when another sender holds it: that one sends this bot's broadcasts too.
export async function withSenderLock<T>(botId: string, work: () => Promise<T>): Promise<T | null> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  client.on("error", (err) => console.error("[broadcasts] lock connection", err.message));
  await client.connect();
  try {
    const key = `broadcast-sender:${botId}`;
    const { rows } = await client.query<{ ok: boolean }>("SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS ok", [key]);
    if (!rows[0]?.ok) return null;
    try {
      return await work();
    } finally {
      await client.query("SELECT pg_advisory_unlock(hashtextextended($1, 0))", [key]).catch(() => {});
    }
  } finally {
    await client.end().catch(() => {});
  }
}
