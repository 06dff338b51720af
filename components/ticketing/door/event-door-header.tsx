import Link from "next/link";
import { SectionTabs } from "@/components/ui/section-tabs";
import { formatDateTime } from "@/lib/format";

// A small header for the event's door pages (orders, check-in, sales) until the event layout
// with all its tabs is in place.
export function EventDoorHeader({ slug, event, actions }: { slug: string; event: { id: string; title: string; startsAt: Date; timeZone: string }; actions?: React.ReactNode }) {
  return (
    <div className="mb-2">
      <Link href={`/${slug}/events`} className="text-sm text-gray-600 hover:text-gray-900 hover:underline">
        ← Events
      </Link>
      <div className="mb-4 mt-1 flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h1 className="truncate text-2xl font-semibold tracking-tight text-gray-900">{event.title}</h1>
          <p className="mt-1 text-sm text-gray-600">{formatDateTime(event.startsAt, event.timeZone)}</p>
        </div>
        {actions && <div className="flex flex-wrap gap-2">{actions}</div>}
      </div>
      <SectionTabs
        label="Event sections"
        base={`/${slug}/events/${event.id}`}
        tabs={[
          { href: "/orders", label: "Orders" },
          { href: "/check-in", label: "Check-in" },
          { href: "/sales", label: "Sales" },
        ]}
      />
    </div>
  );
}
