import type { FlowEvent } from "./types";

// A Telegram text message as an engine event: "/start <payload>" (deep links), "/command args"
// (with or without "@BotName"), or plain text.

export function parseIncomingText(text: string): FlowEvent {
  const match = /^\/([A-Za-z0-9_]{1,32})(?:@[A-Za-z0-9_]{1,64})?(?:\s+([\s\S]*))?$/.exec(text.trim());
  if (!match) return { type: "text", text };
  const command = match[1].toLowerCase();
  const args = (match[2] ?? "").trim();
  return command === "start" ? { type: "start", payload: args } : { type: "command", command, args };
}
