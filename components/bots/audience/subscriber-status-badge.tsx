import { Badge } from "@/components/ui/card";
import { subscriberStatusLabels } from "@/lib/bots/client";
import type { BotSubscriberStatus } from "@/lib/db/generated/enums";

const tones = { ACTIVE: "green", BLOCKED: "red", UNSUBSCRIBED: "gray" } as const;

export function SubscriberStatusBadge({ status }: { status: BotSubscriberStatus }) {
  return <Badge tone={tones[status]}>{subscriberStatusLabels[status]}</Badge>;
}

/** Custom fields as "key: value" chips (the first few). */
export function VariableChips({ variables, max = 3 }: { variables: unknown; max?: number }) {
  const entries = variables && typeof variables === "object" ? Object.entries(variables as Record<string, unknown>) : [];
  if (entries.length === 0) return <span className="text-gray-400">—</span>;
  return (
    <span className="flex flex-wrap gap-1">
      {entries.slice(0, max).map(([k, v]) => (
        <span key={k} className="max-w-40 truncate rounded bg-gray-100 px-1.5 py-0.5 text-xs text-gray-700" title={`${k}: ${String(v)}`}>
          {k}: {String(v)}
        </span>
      ))}
      {entries.length > max && <span className="text-xs text-gray-500">+{entries.length - max}</span>}
    </span>
  );
}
