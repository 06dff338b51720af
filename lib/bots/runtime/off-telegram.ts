import type { BotStatus } from "@/lib/db/generated/enums";

// Bots that never call Telegram, whatever token they hold: the seeded demo bot and a sandbox
// (tried in the dashboard's simulator). Every place that would talk to Telegram asks this.
export function isOffTelegram(status: BotStatus): boolean {
  return status === "DEMO" || status === "SANDBOX";
}

export const offTelegramMessage = (status: BotStatus) => (status === "SANDBOX" ? "This is a sandbox bot: it is not connected to Telegram. Connect a real bot to use this." : "This is a demo bot: it is not connected to Telegram.");
