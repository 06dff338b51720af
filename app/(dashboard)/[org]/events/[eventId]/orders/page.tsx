import { buttonClass } from "@/components/ui/button";
import { EventDoorHeader } from "@/components/ticketing/door/event-door-header";
import { OrdersList } from "@/components/ticketing/door/orders-list";
import { hasRole } from "@/lib/roles";
import { loadDoorEvent } from "../../orders/load-door-event";

export const metadata = { title: "Event orders" };

// /[org]/events/[eventId]/orders: the event's ticket orders and its attendee list as CSV.
export default async function EventOrdersPage({ params, searchParams }: { params: Promise<{ org: string; eventId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { ctx, event } = await loadDoorEvent(params);
  const base = `/${ctx.slug}/events/${event.id}/orders`;
  const exportLink = hasRole(ctx.role, "ADMIN") && (
    // A plain link: the export is a file download from a route handler, not a page.
    <a href={`${base}/export`} className={buttonClass("secondary")} download>
      Export attendees (CSV)
    </a>
  );
  return (
    <>
      <EventDoorHeader slug={ctx.slug} event={event} actions={exportLink} />
      <OrdersList org={ctx} eventId={event.id} searchParams={await searchParams} basePath={base} />
    </>
  );
}
