import { type Telegram, TelegramError } from "telegraf";
import { renderMessageText } from "@/lib/bots/flow-engine/interpolate-text";
import type { Variables } from "@/lib/bots/flow-engine/types";
import type { ClaimedDelivery } from "./broadcast-deliveries";

// One broadcast message to one chat, as Telegram HTML with the subscriber's variables filled in
// ({{first_name}}, custom fields). The outcome tells the sender what to do with the row.
export type BroadcastContent = { text: string; imageUrl: string | null; buttons: { text: string; url: string }[] };
export type SendOutcome =
  | { kind: "sent"; messageId: number; text: string }
  | { kind: "retryAfter"; seconds: number }
  | { kind: "blocked" }
  | { kind: "failed"; error: string }
  | { kind: "notSent"; error: string } // the connection was refused: nothing left, safe to send later
  | { kind: "unknown"; error: string }; // timeout or a dropped connection: it may have arrived

const SEND_TIMEOUT_MS = 15_000;

export function renderBroadcastText(content: BroadcastContent, d: Pick<ClaimedDelivery, "firstName" | "lastName" | "username" | "tags" | "variables">): string {
  const variables = (d.variables && typeof d.variables === "object" ? d.variables : {}) as Variables;
  return renderMessageText(content.text, { variables: {}, subscriber: { firstName: d.firstName, lastName: d.lastName, username: d.username, tags: d.tags, variables } });
}

export async function sendBroadcastMessage({ telegram, delivery, content }: { telegram: Telegram; delivery: ClaimedDelivery; content: BroadcastContent }): Promise<SendOutcome> {
  const text = renderBroadcastText(content, delivery);
  const markup = content.buttons.length ? { reply_markup: { inline_keyboard: content.buttons.map((b) => [{ text: b.text, url: b.url }]) } } : {};
  const chatId = Number(delivery.chatId);
  const signal = AbortSignal.timeout(SEND_TIMEOUT_MS) as never;
  try {
    const sent = content.imageUrl
      ? await telegram.callApi("sendPhoto", { chat_id: chatId, photo: content.imageUrl, caption: text, parse_mode: "HTML", ...markup } as never, { signal })
      : await telegram.callApi("sendMessage", { chat_id: chatId, text, parse_mode: "HTML", link_preview_options: { is_disabled: true }, ...markup } as never, { signal });
    return { kind: "sent", messageId: (sent as { message_id: number }).message_id, text };
  } catch (err) {
    if (err instanceof TelegramError) {
      if (err.code === 429) return { kind: "retryAfter", seconds: Number(err.parameters?.retry_after ?? 1) };
      if (err.code === 403) return { kind: "blocked" };
      if (err.code < 500) return { kind: "failed", error: err.description };
      return { kind: "unknown", error: `Telegram answered ${err.code}: ${err.description}` };
    }
    const code = (err as { code?: string; cause?: { code?: string } }).code ?? (err as { cause?: { code?: string } }).cause?.code;
    if (code === "ECONNREFUSED") return { kind: "notSent", error: "Telegram could not be reached." };
    return { kind: "unknown", error: err instanceof Error ? err.message : String(err) };
  }
}
