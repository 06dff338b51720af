import { createHash } from "node:crypto";
import { orgDb } from "@/lib/db/org-db";
import { createWelcomeFlow } from "../flows/create-welcome-flow";
import { encryptBotToken } from "../admin/encrypt-bot-token";

// The demo org's bot: not connected to Telegram (status DEMO, a fake token), the welcome flow
// published, ~60 subscribers linked to the demo's Telegram customers, a few hundred messages over
// the last 30 days, tags, a couple of conversations handed to a human. Deterministic; does
// nothing when the org already has a bot.
// Real bot ids are positive: a negative one per org never collides with a connected bot.
const demoTelegramBotId = (orgId: string) => -BigInt(`0x${createHash("sha256").update(orgId).digest("hex").slice(0, 12)}`) - 1n;
const tagPool = ["newsletter", "events", "workshop", "vip", "portraits"];
const asks = ["Events", "Book", "menu", "Do you have gift cards?", "What time do you open on Saturday?", "Thanks!", "Can I bring my dog to the shoot?", "Talk to a human"];
const replies = ["Here is what is coming up:", "Pick a time that suits you:", "What would you like to do?", "A person from our team will answer here shortly.", "Sorry, I did not get that. Type <b>menu</b> to see what I can do."];

function prng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) % 4294967296;
    return seed / 4294967296;
  };
}

function fakeToken(): string | null {
  try {
    return encryptBotToken("0:DEMO-not-a-real-telegram-token");
  } catch {
    return null; // no BOT_TOKEN_KEY: the DEMO status allows a bot without a token
  }
}

export async function seedDemoBot({ orgId, now = new Date() }: { orgId: string; now?: Date }) {
  if ((await orgDb(orgId).bot.count()) > 0) return { skipped: true as const };
  const rand = prng(31337);
  const day = 86_400_000;
  const bot = await orgDb(orgId).$transaction(async (tx) => {
    const row = await tx.bot.create({
      data: {
        orgId,
        telegramBotId: demoTelegramBotId(orgId),
        username: "lumen_studio_bot",
        name: "Lumen Studio",
        tokenEncrypted: fakeToken(),
        webhookSecret: "demo-not-connected",
        status: "DEMO",
        welcomeText: "Book a shoot, see our events, or ask us anything.",
        commands: [
          { command: "start", description: "Begin" },
          { command: "menu", description: "What I can do" },
        ],
        createdAt: new Date(now.getTime() - 45 * day),
      },
      select: { id: true },
    });
    await createWelcomeFlow({ tx, orgId, botId: row.id, publishedById: null });
    return row;
  });
  const customers = await orgDb(orgId).customer.findMany({ where: { telegramUserId: { not: null } }, orderBy: { createdAt: "asc" }, take: 60, select: { id: true, name: true, email: true, telegramUserId: true } });
  let messages = 0;
  for (const [i, c] of customers.entries()) {
    const [firstName, ...rest] = c.name.split(" ");
    const last = new Date(now.getTime() - Math.floor(rand() * 30 * day) - Math.floor(rand() * day));
    const status = i % 17 === 5 ? ("BLOCKED" as const) : ("ACTIVE" as const);
    const handedOff = i % 20 === 3;
    const subscriber = await orgDb(orgId).botSubscriber.create({
      data: {
        orgId,
        botId: bot.id,
        chatId: c.telegramUserId!,
        telegramUserId: c.telegramUserId!,
        customerId: c.id,
        firstName,
        lastName: rest.join(" ") || null,
        username: `${firstName.toLowerCase().normalize("NFKD").replace(/[^\w]/g, "")}${i}`,
        languageCode: rand() < 0.7 ? "de" : "en",
        status,
        blockedAt: status === "BLOCKED" ? last : null,
        tags: tagPool.filter(() => rand() < 0.3),
        variables: { name: firstName, ...(c.email ? { email: c.email } : {}) },
        handedOff,
        handedOffAt: handedOff ? last : null,
        unreadCount: handedOff ? 1 + Math.floor(rand() * 3) : 0,
        lastInteractionAt: last,
        createdAt: new Date(last.getTime() - Math.floor(rand() * 10) * day),
      },
      select: { id: true },
    });
    const rows = [];
    const turns = 1 + Math.floor(rand() * 4);
    for (let t = turns; t >= 0; t--) {
      const at = new Date(last.getTime() - t * Math.floor(rand() * 5 + 1) * day);
      const ask = t === turns ? "/start" : asks[Math.floor(rand() * asks.length)];
      const reply = t === turns ? `Hi ${firstName}! Welcome to <b>Frontdesk</b>.` : replies[Math.floor(rand() * replies.length)];
      rows.push({ orgId, botId: bot.id, subscriberId: subscriber.id, direction: "IN" as const, status: "RECEIVED" as const, text: ask, createdAt: at });
      if (!(handedOff && t === 0)) rows.push({ orgId, botId: bot.id, subscriberId: subscriber.id, direction: "OUT" as const, status: "SENT" as const, text: reply, createdAt: new Date(at.getTime() + 1500) });
    }
    await orgDb(orgId).botMessage.createMany({ data: rows });
    const final = rows[rows.length - 1];
    await orgDb(orgId).botSubscriber.update({ where: { id: subscriber.id }, data: { lastMessageAt: final.createdAt, lastMessageText: final.text.slice(0, 200) } });
    messages += rows.length;
  }
  return { skipped: false as const, botId: bot.id, subscribers: customers.length, messages };
}
