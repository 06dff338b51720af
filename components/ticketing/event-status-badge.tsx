import { Badge } from "@/components/ui/card";
import type { EventStatus } from "@/lib/db/generated/enums";
import { statusLabels } from "@/lib/ticketing";

const tones = { DRAFT: "gray", IN_REVIEW: "amber", PUBLISHED: "green", CANCELED: "red" } as const;

/** The status, and "Ended" beside a published event that is over. */
export function EventStatusBadge({ status, endsAt }: { status: EventStatus; endsAt?: Date }) {
  const ended = status === "PUBLISHED" && endsAt && endsAt.getTime() < Date.now();
  return (
    <span className="inline-flex flex-wrap gap-1">
      <Badge tone={tones[status]}>{statusLabels[status]}</Badge>
      {ended && <Badge>Ended</Badge>}
    </span>
  );
}
