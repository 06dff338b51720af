import { AppError } from "@/lib/errors";
import { respondCsv } from "@/lib/shared/respond-csv";
import { getDoorEvent } from "@/lib/ticketing";
import { exportAttendeesCsv } from "@/lib/ticketing";
import { withOrg } from "@/lib/with-org";

export const dynamic = "force-dynamic";

// GET /[org]/events/[eventId]/orders/export: the event's attendees (every ticket) as a CSV download
export const GET = withOrg({ role: "ADMIN" }, async ({ ctx, params }) => {
  if (!params.eventId || params.eventId.length > 64) throw new AppError("NOT_FOUND", "Event not found.");
  const event = await getDoorEvent({ orgId: ctx.orgId, eventId: params.eventId });
  const csv = await exportAttendeesCsv({ orgId: ctx.orgId, eventId: event.id });
  return respondCsv(csv, `attendees-${ctx.slug}-${event.id}-${new Date().toISOString().slice(0, 10)}.csv`);
});
