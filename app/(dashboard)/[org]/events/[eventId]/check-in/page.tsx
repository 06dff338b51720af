import { CheckInConsole } from "@/components/ticketing/door/check-in-console";
import { ButtonLink } from "@/components/ui/button";
import { hasRole } from "@/lib/roles";
import { getCheckInCounts } from "@/lib/ticketing";
import { listRecentCheckIns } from "@/lib/ticketing";
import { loadDoorEvent } from "../../orders/load-door-event";
import { checkInAction, undoCheckInAction } from "./actions";

export const metadata = { title: "Check-in" };

// /[org]/events/[eventId]/check-in: the door screen for staff, made for a phone.
export default async function CheckInPage({ params }: { params: Promise<{ org: string; eventId: string }> }) {
  const { ctx, event } = await loadDoorEvent(params);
  const scope = { orgId: ctx.orgId, eventId: event.id };
  const [counts, recent] = await Promise.all([getCheckInCounts(scope), listRecentCheckIns(scope)]);
  return (
    <>
      <div className="mx-auto mb-4 max-w-xl">
        {/* The dashboard's chrome takes half a phone's screen: the door works full screen. */}
        <ButtonLink href={`/${ctx.slug}/door/${event.id}`} className="w-full py-3 !text-base">
          Open door mode (full screen)
        </ButtonLink>
      </div>
      <CheckInConsole
        org={ctx.slug}
        eventId={event.id}
        timeZone={event.timeZone}
        countsUrl={`/${ctx.slug}/events/${event.id}/check-in/counts`}
        initialCounts={{ ...counts, recent }}
        canUndo={hasRole(ctx.role, "ADMIN")}
        checkIn={checkInAction}
        undo={undoCheckInAction}
      />
    </>
  );
}
