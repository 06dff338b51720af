import { Badge } from "@/components/ui/card";
import { formatBookingTime, type BookingDetails } from "@/lib/booking";
import { formatMoney } from "@/lib/format";

const statuses: Record<string, { label: string; tone: "green" | "amber" | "red" | "gray" }> = {
  CONFIRMED: { label: "Confirmed", tone: "green" },
  PENDING_CONFIRMATION: { label: "Awaiting confirmation", tone: "amber" },
  PENDING_PAYMENT: { label: "Awaiting payment", tone: "amber" },
  COMPLETED: { label: "Completed", tone: "gray" },
  NO_SHOW: { label: "Missed", tone: "gray" },
  CANCELED: { label: "Canceled", tone: "red" },
  DECLINED: { label: "Declined", tone: "red" },
  EXPIRED: { label: "Expired (not paid)", tone: "red" },
};

/** What was booked, when (client's zone and the business's), with whom, and its status. */
export function BookingSummary({ booking }: { booking: BookingDetails }) {
  const status = statuses[booking.status] ?? { label: booking.status, tone: "gray" as const };
  const rows: [string, string][] = [
    ["Service", `${booking.service.name} · ${booking.service.durationMinutes} min${booking.service.price > 0 ? ` · ${formatMoney(booking.service.price, booking.service.currency)}` : ""}`],
    ["With", booking.staffMember.name],
    ["Your time", formatBookingTime(booking.startsAt, booking.clientTimeZone)],
    ["Business time", `${formatBookingTime(booking.startsAt, booking.org.timezone)}`],
    ["Name", booking.clientName],
    ["Email", booking.clientEmail],
  ];
  if (booking.clientNotes) rows.push(["Notes", booking.clientNotes]);
  if (booking.status === "CANCELED" && booking.cancelReason) rows.push(["Reason", booking.cancelReason]);
  return (
    <div>
      <div className="mb-3">
        <Badge tone={status.tone}>{status.label}</Badge>
      </div>
      <dl className="grid grid-cols-1 gap-x-4 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
        {rows.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="text-gray-500">{k}</dt>
            <dd className="break-words text-gray-900">{v}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
