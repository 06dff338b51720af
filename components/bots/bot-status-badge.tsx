import { Badge } from "@/components/ui/card";
import type { BotStatus } from "@/lib/db/generated/enums";

const labels: Record<BotStatus, { text: string; tone: "green" | "amber" | "gray" | "brand" }> = {
  ACTIVE: { text: "Connected", tone: "green" },
  WEBHOOK_REMOVED: { text: "Webhook removed", tone: "amber" },
  DISCONNECTED: { text: "Disconnected", tone: "gray" },
  DEMO: { text: "Demo, not connected to Telegram", tone: "brand" },
  SANDBOX: { text: "Sandbox, not connected to Telegram", tone: "amber" },
};

export function BotStatusBadge({ status }: { status: BotStatus }) {
  const { text, tone } = labels[status];
  return <Badge tone={tone}>{text}</Badge>;
}
