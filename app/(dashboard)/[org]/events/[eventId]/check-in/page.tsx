import { CheckInConsole } from "@/components/ticketing/door/check-in-console";
import { hasRole } from "@/lib/roles";
import { getCheckInCounts } from "@/lib/ticketing/check-in/get-check-in-counts";
import { loadDoorEvent } from "../../orders/load-door-event";
import { checkInAction, undoCheckInAction } from "./actions";

export const metadata = { title: "Check-in" };

// /[org]/events/[eventId]/check-in: the door screen for staff, made for a phone.
export default async function CheckInPage({ params }: { params: Promise<{ org: string; eventId: string }> }) {
  const { ctx, event } = await loadDoorEvent(params);
  const counts = await getCheckInCounts({ orgId: ctx.orgId, eventId: event.id });
  return (
    <CheckInConsole
      org={ctx.slug}
      eventId={event.id}
      timeZone={event.timeZone}
      countsUrl={`/${ctx.slug}/events/${event.id}/check-in/counts`}
      initialCounts={counts}
      canUndo={hasRole(ctx.role, "ADMIN")}
      checkIn={checkInAction}
      undo={undoCheckInAction}
    />
  );
}
