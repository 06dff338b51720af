import Link from "next/link";
import { CheckInConsole } from "@/components/ticketing/door/check-in-console";
import { hasRole } from "@/lib/roles";
import { getCheckInCounts } from "@/lib/ticketing";
import { listRecentCheckIns } from "@/lib/ticketing";
import { loadDoorEvent } from "../../../../(dashboard)/[org]/events/orders/load-door-event";
import { checkInAction, undoCheckInAction } from "../../../../(dashboard)/[org]/events/[eventId]/check-in/actions";

export const metadata = { title: "Door mode" };

// /[org]/door/[eventId]: check-in full screen, for staff at the door on a phone. Outside the
// dashboard's layout (no sidebar, no header): a thin bar with the event and an exit, then the
// scanner, the answer and the counts. Same access, actions and counts as the check-in tab.
export default async function DoorPage({ params }: { params: Promise<{ org: string; eventId: string }> }) {
  const { ctx, event } = await loadDoorEvent(params);
  const scope = { orgId: ctx.orgId, eventId: event.id };
  const [counts, recent] = await Promise.all([getCheckInCounts(scope), listRecentCheckIns(scope)]);
  return (
    <div className="min-h-dvh bg-gray-50">
      <header className="sticky top-0 z-10 flex items-center gap-3 border-b border-gray-200 bg-white px-3 py-2">
        <Link href={`/${ctx.slug}/events/${event.id}/check-in`} className="shrink-0 rounded-md border border-gray-300 px-3 py-1.5 text-sm font-medium text-gray-800 hover:bg-gray-50">
          ← Exit
        </Link>
        <h1 className="min-w-0 truncate text-base font-semibold text-gray-900">{event.title}</h1>
        <span className="ml-auto shrink-0 text-xs font-medium uppercase tracking-wide text-gray-500">Door</span>
      </header>
      <main className="px-3 py-3 sm:px-6 sm:py-6">
        <CheckInConsole
          door
          org={ctx.slug}
          eventId={event.id}
          timeZone={event.timeZone}
          countsUrl={`/${ctx.slug}/events/${event.id}/check-in/counts`}
          initialCounts={{ ...counts, recent }}
          canUndo={hasRole(ctx.role, "ADMIN")}
          checkIn={checkInAction}
          undo={undoCheckInAction}
        />
      </main>
    </div>
  );
}
