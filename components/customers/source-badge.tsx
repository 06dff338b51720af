import { Badge } from "@/components/ui/card";
import type { CustomerSource } from "@/lib/db/generated/enums";
import { customerSourceLabels } from "@/lib/customers/client";

const tones: Record<CustomerSource, "gray" | "green" | "brand" | "amber"> = { MANUAL: "gray", IMPORT: "gray", TELEGRAM: "brand", TICKETING: "amber", BOOKING: "green" };

export function SourceBadge({ source }: { source: CustomerSource }) {
  return <Badge tone={tones[source]}>{customerSourceLabels[source]}</Badge>;
}

export function TagList({ tags }: { tags: string[] }) {
  if (tags.length === 0) return <span className="text-gray-400">—</span>;
  return (
    <span className="flex flex-wrap gap-1">
      {tags.map((t) => (
        <Badge key={t} tone="brand">
          {t}
        </Badge>
      ))}
    </span>
  );
}
