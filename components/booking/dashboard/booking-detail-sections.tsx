import { Card } from "@/components/ui/card";
import type { BookingPage } from "@/lib/booking";
import type { OrderStatus } from "@/lib/db/generated/enums";
import { formatDateTime, formatMoney } from "@/lib/format";

const historyLabels: Record<string, string> = {
  "booking.confirmed": "Confirmed",
  "booking.declined": "Declined",
  "booking.canceled": "Canceled",
  "booking.completed": "Marked completed",
  "booking.no_show": "Marked no-show",
  "booking.rescheduled": "Moved",
  "booking.paid": "Paid online",
  "booking.expired": "Expired",
  "booking.refunded": "Payment refunded in full",
};

const orderLabels: Record<OrderStatus, string> = { PENDING: "Awaiting payment", PAID: "Paid", CANCELED: "Canceled (not paid)", REFUNDED: "Refunded in full", EXPIRED: "Expired (not paid)" };
const sourceLabels: Record<string, string> = { public: "the booking page", dashboard: "the dashboard", telegram: "Telegram" };

export function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-3 gap-2 py-1.5 text-sm">
      <dt className="text-gray-500">{label}</dt>
      <dd className="col-span-2 break-words text-gray-900">{children}</dd>
    </div>
  );
}

/** Payment: the order's amount and state (refunds included), or "free / pay at the venue". */
export function PaymentCard({ booking, timeZone }: { booking: BookingPage; timeZone: string }) {
  const { order } = booking;
  return (
    <Card>
      <h2 className="mb-2 text-base font-semibold text-gray-900">Payment</h2>
      {order ? (
        <dl>
          <Row label="Amount">{formatMoney(order.amount, order.currency)}</Row>
          <Row label="Status">{orderLabels[order.status]}</Row>
          {order.paidAt && <Row label="Paid">{formatDateTime(order.paidAt, timeZone)}</Row>}
          {order.stripePaymentIntentId && <Row label="Stripe">{order.stripePaymentIntentId}</Row>}
        </dl>
      ) : (
        <p className="text-sm text-gray-600">No online payment: free, or paid at the venue.</p>
      )}
    </Card>
  );
}

type HistoryEntry = BookingPage["history"][number];

/** One history line: what, the times of a move, who (nobody named: the system), why. */
function describe(h: HistoryEntry, timeZone: string): string {
  const what = h.action === "booking.rescheduled" && h.movedFrom && h.movedTo ? `Moved from ${formatDateTime(h.movedFrom, timeZone)} to ${formatDateTime(h.movedTo, timeZone)}` : (historyLabels[h.action] ?? h.action);
  const refund = h.action === "booking.canceled" && h.refunded ? " (payment refunded)" : "";
  const reason = h.reason ? `: “${h.reason}”` : "";
  return `${what}${refund}${h.by ? ` by ${h.by}` : ""}${reason}`;
}

/** What happened to the booking, oldest first: booked, every change with who and why, reminders sent. */
export function HistoryCard({ booking, timeZone }: { booking: BookingPage; timeZone: string }) {
  const items = [
    { key: "created", at: booking.createdAt, text: `Booked through ${sourceLabels[booking.source] ?? booking.source}${booking.createdBy ? ` by ${booking.createdBy}` : ""}` },
    ...booking.history.map((h) => ({ key: h.id, at: h.at, text: describe(h, timeZone) })),
    ...(booking.canceledAt && !booking.history.some((h) => h.action === "booking.canceled")
      ? [{ key: "canceled", at: booking.canceledAt, text: `Canceled by the ${booking.canceledBy ?? "system"}${booking.cancelReason ? `: “${booking.cancelReason}”` : ""}` }]
      : []),
    ...booking.reminders.map((r) => ({ key: `r${r.offsetMinutes}-${r.sentAt.getTime()}`, at: r.sentAt, text: `Reminder sent (${describeOffset(r.offsetMinutes)} before)` })),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
  return (
    <Card>
      <h2 className="mb-2 text-base font-semibold text-gray-900">History</h2>
      <ol className="space-y-2 text-sm">
        {items.map((i) => (
          <li key={i.key} className="flex flex-col sm:flex-row sm:gap-3">
            <span className="shrink-0 text-gray-500 sm:w-44">{formatDateTime(i.at, timeZone)}</span>
            <span className="text-gray-900">{i.text}</span>
          </li>
        ))}
      </ol>
    </Card>
  );
}

const describeOffset = (minutes: number) => (minutes % 60 === 0 ? `${minutes / 60} h` : `${minutes} min`);
