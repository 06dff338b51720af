import { buttonClass } from "@/components/ui/button";
import { OrdersList } from "@/components/ticketing/door/orders-list";
import { hasRole } from "@/lib/roles";
import { loadDoorEvent } from "../../orders/load-door-event";

export const metadata = { title: "Event orders" };

// /[org]/events/[eventId]/orders: the event's ticket orders and its attendee list as CSV.
export default async function EventOrdersPage({ params, searchParams }: { params: Promise<{ org: string; eventId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { ctx, event } = await loadDoorEvent(params);
  const base = `/${ctx.slug}/events/${event.id}/orders`;
  return (
    <>
      {hasRole(ctx.role, "ADMIN") && (
        <div className="mb-4 flex justify-end">
          {/* A plain link: the export is a file download from a route handler, not a page. */}
          <a href={`${base}/export`} className={buttonClass("secondary")} download>
            Export attendees (CSV)
          </a>
        </div>
      )}
      <OrdersList org={ctx} eventId={event.id} searchParams={await searchParams} basePath={base} />
    </>
  );
}
