import { Badge } from "@/components/ui/card";
import type { EventStatus } from "@/lib/db/generated/enums";
import { statusLabels } from "@/lib/ticketing/events/event-workflow";

const tones = { DRAFT: "gray", IN_REVIEW: "amber", PUBLISHED: "green", CANCELED: "red" } as const;

export function EventStatusBadge({ status }: { status: EventStatus }) {
  return <Badge tone={tones[status]}>{statusLabels[status]}</Badge>;
}
