import { db } from "@/lib/db/client";
import { orgDb } from "@/lib/db/org-db";
import { AppError } from "@/lib/errors";
import type { BotCommand } from "./bot-fields";

// One bot of the org for its overview page: settings, subscriber numbers and messages in/out
// per day over the last 30 days (days in the org's time zone). Another org's id: NOT_FOUND.
export async function getBot({ orgId, botId }: { orgId: string; botId: string }) {
  const bot = await orgDb(orgId).bot.findFirst({
    where: { id: botId },
    select: { id: true, username: true, name: true, status: true, welcomeText: true, commands: true, webhookSetAt: true, createdAt: true },
  });
  if (!bot) throw new AppError("NOT_FOUND", "Bot not found.");
  return { ...bot, commands: (bot.commands ?? []) as BotCommand[] };
}

export type MessagesPerDay = { day: string; in: number; out: number };

export async function getBotStats({ orgId, botId, timezone, now = new Date() }: { orgId: string; botId: string; timezone: string; now?: Date }) {
  const weekAgo = new Date(now.getTime() - 7 * 86_400_000);
  const since = new Date(now.getTime() - 30 * 86_400_000);
  const [subscribers, active7d, blocked, days] = await Promise.all([
    orgDb(orgId).botSubscriber.count({ where: { botId } }),
    orgDb(orgId).botSubscriber.count({ where: { botId, lastInteractionAt: { gte: weekAgo } } }),
    orgDb(orgId).botSubscriber.count({ where: { botId, status: "BLOCKED" } }),
    db.$queryRaw<{ day: string; direction: "IN" | "OUT"; n: number }[]>`
      SELECT to_char(("createdAt" AT TIME ZONE 'UTC') AT TIME ZONE ${timezone}, 'YYYY-MM-DD') AS day, "direction"::text AS direction, count(*)::int AS n
        FROM "BotMessage" WHERE "orgId" = ${orgId} AND "botId" = ${botId} AND "createdAt" >= ${since}
       GROUP BY 1, 2`,
  ]);
  return { subscribers, active7d, blocked, perDay: fillDays(days, since, now, timezone) };
}

function fillDays(rows: { day: string; direction: "IN" | "OUT"; n: number }[], since: Date, now: Date, timezone: string): MessagesPerDay[] {
  const fmt = new Intl.DateTimeFormat("en-CA", { timeZone: timezone, year: "numeric", month: "2-digit", day: "2-digit" });
  const out: MessagesPerDay[] = [];
  for (let t = since.getTime(); t <= now.getTime() + 1; t += 86_400_000) {
    const day = fmt.format(new Date(t));
    if (out.at(-1)?.day === day) continue;
    out.push({ day, in: 0, out: 0 });
  }
  for (const r of rows) {
    const d = out.find((x) => x.day === r.day);
    if (d) d[r.direction === "IN" ? "in" : "out"] += r.n;
  }
  return out;
}
