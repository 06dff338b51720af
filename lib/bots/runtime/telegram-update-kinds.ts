import { parseIncomingText } from "../flow-engine/parse-incoming-text";
import type { FlowEvent } from "../flow-engine/types";

// What the worker understands of a Telegram update. Only private chats with a user are
// conversations; group and channel posts, edits, stickers and the like are recorded and ignored.
type TgUser = { id: number; is_bot?: boolean; first_name?: string; last_name?: string; username?: string; language_code?: string };
type TgChat = { id: number; type: string };
type TgMessage = { message_id: number; from?: TgUser; chat: TgChat; text?: string; caption?: string };
export type TelegramUpdatePayload = {
  update_id: number;
  message?: TgMessage;
  edited_message?: TgMessage;
  channel_post?: TgMessage;
  callback_query?: { id: string; from: TgUser; message?: TgMessage; data?: string };
  my_chat_member?: { chat: TgChat; from: TgUser; new_chat_member: { status: string } };
};

export type HandledUpdate =
  | { kind: "message"; chatId: number; from: TgUser; messageId: number; text: string; event: FlowEvent | null }
  | { kind: "callback"; chatId: number; from: TgUser; callbackQueryId: string; data: string; messageId: number | null }
  | { kind: "membership"; chatId: number; from: TgUser; blocked: boolean };

/** The chat an update belongs to (for per-chat ordering), or null when it is not one we handle. */
export function chatIdOf(update: TelegramUpdatePayload): number | null {
  return classifyUpdate(update)?.chatId ?? null;
}

export function classifyUpdate(update: TelegramUpdatePayload): HandledUpdate | null {
  const message = update.message;
  if (message?.from && message.chat?.type === "private" && !message.from.is_bot) {
    const text = message.text ?? message.caption ?? "";
    return { kind: "message", chatId: message.chat.id, from: message.from, messageId: message.message_id, text, event: message.text ? parseIncomingText(message.text) : null };
  }
  const callback = update.callback_query;
  if (callback?.from && (!callback.message || callback.message.chat.type === "private")) {
    return { kind: "callback", chatId: callback.message?.chat.id ?? callback.from.id, from: callback.from, callbackQueryId: callback.id, data: callback.data ?? "", messageId: callback.message?.message_id ?? null };
  }
  const member = update.my_chat_member;
  if (member?.chat?.type === "private" && member.from) {
    return { kind: "membership", chatId: member.chat.id, from: member.from, blocked: ["kicked", "left"].includes(member.new_chat_member?.status) };
  }
  return null;
}
