import Link from "next/link";
import { BookingStatusBadge } from "@/components/booking/dashboard/booking-status-badge";
import { Badge } from "@/components/ui/card";
import { customerSourceLabels } from "@/lib/customers";
import type { TimelineItem } from "@/lib/customers";
import type { OrderStatus } from "@/lib/db/generated/enums";
import { formatDateTime, formatMoney } from "@/lib/format";

const statusTone: Record<OrderStatus, "green" | "amber" | "gray" | "red"> = { PAID: "green", PENDING: "amber", CANCELED: "gray", EXPIRED: "gray", REFUNDED: "red" };
const fieldLabels: Record<string, string> = { name: "name", email: "email", phone: "phone", telegramUserId: "Telegram id", tags: "tags", notes: "notes" };
const auditLabels: Record<string, string> = { "customer.updated": "Profile updated", "customer.deleted": "Customer deleted" };

const capitalize = (s: string) => s.charAt(0) + s.slice(1).toLowerCase();

function describe(item: TimelineItem, timezone: string, slug?: string): { title: React.ReactNode; detail: string; dot: string; timeLabel?: string } {
  switch (item.kind) {
    case "customer.created":
      return {
        title: "Customer created",
        detail: [item.via === "import" ? "from a CSV import" : `source: ${customerSourceLabels[item.source]}`, item.actor && `by ${item.actor}`].filter(Boolean).join(" · "),
        dot: "bg-brand-500",
      };
    case "order": {
      // What was bought, linked: the ticket order (its event) or the booking (its service and staff).
      const what = item.orderKind === "TICKET" ? (item.event ? `Tickets: ${item.event.title}` : "Ticket order") : item.booking ? `Booking order: ${item.booking.serviceName}` : "Booking order";
      const href = !slug ? null : item.orderKind === "TICKET" ? `/${slug}/events/orders/${item.orderId}` : item.booking ? `/${slug}/bookings/${item.booking.id}` : null;
      return {
        title: (
          <span className="flex flex-wrap items-center gap-2">
            {href ? (
              <Link href={href} className="text-brand-700 hover:underline">
                {what}
              </Link>
            ) : (
              what
            )}
            <span className="tabular-nums">{formatMoney(item.amount, item.currency)}</span>
            <Badge tone={statusTone[item.status]}>{capitalize(item.status)}</Badge>
          </span>
        ),
        timeLabel: item.paidAt ? "Paid" : "Ordered",
        detail: [item.booking && `with ${item.booking.staffName}`, !item.paidAt && "not paid"].filter(Boolean).join(" · "),
        dot: item.status === "PAID" ? "bg-green-500" : "bg-gray-400",
      };
    }
    case "conversation": {
      const base = slug ? `/${slug}/bots/${item.botId}` : null;
      const count = `${item.messages} ${item.messages === 1 ? "message" : "messages"}${item.messages ? ` (${item.fromCustomer} from the customer)` : ""}`;
      return {
        title: (
          <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
            {base ? (
              <Link href={`${base}/subscribers/${item.subscriberId}`} className="text-brand-700 hover:underline">
                Telegram chat with {item.botName}
              </Link>
            ) : (
              `Telegram chat with ${item.botName}`
            )}
            {item.status !== "ACTIVE" && <Badge tone="gray">{capitalize(item.status)}</Badge>}
            {base && (
              <Link href={`${base}/inbox?c=${item.subscriberId}`} className="text-xs font-normal text-gray-600 hover:text-gray-900 hover:underline">
                Open in inbox
              </Link>
            )}
          </span>
        ),
        timeLabel: item.lastMessageAt ? "Last message" : "Started",
        detail: [`@${item.botUsername}`, count, item.firstMessageAt && `first ${formatDateTime(item.firstMessageAt, timezone)}`].filter(Boolean).join(" · "),
        dot: "bg-sky-500",
      };
    }
    case "booking":
      return {
        title: (
          <span className="flex flex-wrap items-center gap-2">
            {slug ? (
              <Link href={`/${slug}/bookings/${item.bookingId}`} className="text-brand-700 hover:underline">
                Booking: {item.serviceName}
              </Link>
            ) : (
              `Booking: ${item.serviceName}`
            )}
            <BookingStatusBadge status={item.status} />
          </span>
        ),
        timeLabel: "Booked",
        detail: `for ${formatDateTime(item.startsAt, timezone)} with ${item.staffName}`,
        dot: "bg-amber-500",
      };
    case "audit":
      return {
        title: auditLabels[item.action] ?? item.action,
        detail: [item.changed.length > 0 && `changed ${item.changed.map((c) => fieldLabels[c] ?? c).join(", ")}`, item.via === "import" && "via CSV import", item.actor && `by ${item.actor}`].filter(Boolean).join(" · "),
        dot: "bg-gray-400",
      };
  }
}

/** The customer's history, newest first; each item kind says how it reads. */
export function CustomerTimeline({ items, timezone, slug }: { items: TimelineItem[]; timezone: string; slug?: string }) {
  return (
    <ol className="relative space-y-5 border-l border-gray-200 pl-6">
      {items.map((item) => {
        const { title, detail, dot, timeLabel } = describe(item, timezone, slug);
        return (
          <li key={item.id} className="relative">
            <span className={`absolute -left-[1.86rem] top-1.5 h-2.5 w-2.5 rounded-full ring-4 ring-white ${dot}`} aria-hidden />
            <div className="text-sm font-medium text-gray-900">{title}</div>
            <div className="mt-0.5 text-xs text-gray-500">
              {timeLabel && `${timeLabel} `}
              <time dateTime={item.at.toISOString()}>{formatDateTime(item.at, timezone)}</time>
              {detail && ` · ${detail}`}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
