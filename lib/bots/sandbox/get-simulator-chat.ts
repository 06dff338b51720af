import { orgDb } from "@/lib/db/org-db";
import type { OutgoingPayload } from "../runtime/queue-bot-messages";
import { findSandboxBot, SANDBOX_CHAT } from "./find-sandbox-bot";

// The simulator's phone screen: the simulated user's latest messages with the bot's buttons
// (labels and what a press sends; URL buttons as links). Only a sandbox bot of the org.
export type SimulatorButton = { text: string; url: string } | { text: string; data: string };
export type SimulatorMessage = { id: string; direction: "IN" | "OUT"; status: string; text: string; imageUrl: string | null; buttons: SimulatorButton[][]; createdAt: Date };

const LIMIT = 60;

export async function getSimulatorChat({ orgId, botId }: { orgId: string; botId: string }): Promise<{ messages: SimulatorMessage[]; handedOff: boolean }> {
  const bot = await findSandboxBot({ orgId, botId });
  const subscriber = await orgDb(orgId).botSubscriber.findUnique({ where: { botId_chatId: { botId: bot.id, chatId: BigInt(SANDBOX_CHAT.id) } }, select: { id: true, handedOff: true } });
  if (!subscriber) return { messages: [], handedOff: false };
  const rows = await orgDb(orgId).botMessage.findMany({
    where: { subscriberId: subscriber.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: LIMIT,
    select: { id: true, direction: true, status: true, text: true, payload: true, createdAt: true },
  });
  const messages = rows.reverse().map(({ payload, ...m }) => {
    const out = m.direction === "OUT" ? ((payload ?? {}) as OutgoingPayload) : {};
    const buttons = (out.buttons ?? []).map((row) => row.map((b): SimulatorButton => ("url" in b ? { text: b.text, url: b.url } : { text: b.text, data: b.callback_data })));
    return { ...m, imageUrl: out.imageUrl ?? null, buttons };
  });
  return { messages, handedOff: subscriber.handedOff };
}
