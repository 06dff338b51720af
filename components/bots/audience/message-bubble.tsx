import clsx from "clsx";
import { TelegramHtml } from "@/components/bots/telegram-html";

// One message of a conversation: incoming on the left, outgoing on the right with who sent it
// (the bot, a broadcast, a person from the inbox) and, when it failed, why.
export type ConversationMessage = {
  id: string;
  direction: "IN" | "OUT";
  status: "RECEIVED" | "PENDING" | "SENT" | "FAILED";
  text: string;
  error: string | null;
  createdAt: string | Date;
  broadcastId: string | null;
  sentBy: { name: string | null; email: string | null } | null;
};

// What the bot sent is Telegram HTML and shows formatted, as in Telegram; what people wrote is plain text.

export function MessageBubble({ message, timeLabel }: { message: ConversationMessage; timeLabel: string }) {
  const out = message.direction === "OUT";
  const who = !out ? null : message.sentBy ? (message.sentBy.name ?? message.sentBy.email ?? "Team") : message.broadcastId ? "Broadcast" : "Bot";
  return (
    <li className={clsx("flex", out ? "justify-end" : "justify-start")}>
      <div className={clsx("max-w-[85%] rounded-lg px-3 py-2 text-sm shadow-sm sm:max-w-[70%]", out ? "bg-brand-50 text-gray-900" : "border border-gray-200 bg-white text-gray-900", message.status === "FAILED" && "border border-red-300 bg-red-50")}>
        <p className="whitespace-pre-wrap break-words">{!message.text ? <span className="italic text-gray-500">[photo or attachment]</span> : out ? <TelegramHtml html={message.text} /> : message.text}</p>
        <p className="mt-1 text-right text-xs text-gray-500">
          {who && <span>{who} · </span>}
          {timeLabel}
          {message.status === "PENDING" && <span> · sending…</span>}
          {message.status === "FAILED" && <span className="text-red-700"> · not delivered{message.error ? `: ${message.error}` : ""}</span>}
        </p>
      </div>
    </li>
  );
}
