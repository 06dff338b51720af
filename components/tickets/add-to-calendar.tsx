import { buttonClass } from "@/components/ui/button";
import { googleCalendarUrl } from "@/lib/ticketing";
import { publicEventUrl } from "@/lib/ticketing";
import type { EventWhere } from "@/lib/ticketing";

/** "Add to calendar": the ticket's .ics file (any calendar app) and a Google Calendar link. */
export function AddToCalendar({ event, ticketCode, centered = false, className }: { event: EventWhere & { slug: string }; ticketCode: string; centered?: boolean; className?: string }) {
  return (
    <div className={className}>
      <p className="text-sm font-medium text-gray-900">Add to your calendar</p>
      <div className={centered ? "mt-2 flex flex-wrap justify-center gap-2" : "mt-2 flex flex-wrap gap-2"}>
        <a href={`/t/${ticketCode}/event.ics`} download className={buttonClass("secondary")}>
          Calendar file (.ics)
        </a>
        {/* noreferrer: the page's URL carries the ticket code */}
        <a href={googleCalendarUrl(event, publicEventUrl(event.slug))} target="_blank" rel="noopener noreferrer" className={buttonClass("secondary")}>
          Google Calendar
        </a>
      </div>
    </div>
  );
}
