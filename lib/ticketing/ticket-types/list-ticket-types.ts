import { minorToDecimal } from "@/lib/shared/parse-money";
import { orgDb } from "@/lib/db/org-db";
import { utcToLocal } from "../../shared/local-date-time";

// An event's ticket types in their order, for the Tickets tab and its forms.
export async function listTicketTypes({ orgId, eventId }: { orgId: string; eventId: string }) {
  return orgDb(orgId).ticketType.findMany({
    where: { eventId },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: { id: true, name: true, description: true, price: true, currency: true, capacity: true, sold: true, held: true, saleStartsAt: true, saleEndsAt: true, maxPerOrder: true, hidden: true, unlockCode: true },
  });
}

export type TicketTypeRow = Awaited<ReturnType<typeof listTicketTypes>>[number];

/** A ticket type as its form shows it (strings, sale times in the event's zone), or a new one's defaults. */
export function ticketTypeToForm(t: TicketTypeRow | null, currency: string, timeZone: string) {
  if (!t) return { name: "", description: "", price: "", capacity: "", saleStartsAt: "", saleEndsAt: "", maxPerOrder: "10", hidden: false, unlockCode: "" };
  return {
    name: t.name,
    description: t.description ?? "",
    price: t.price === 0 ? "" : minorToDecimal(t.price, currency),
    capacity: String(t.capacity),
    saleStartsAt: t.saleStartsAt ? utcToLocal(t.saleStartsAt, timeZone) : "",
    saleEndsAt: t.saleEndsAt ? utcToLocal(t.saleEndsAt, timeZone) : "",
    maxPerOrder: String(t.maxPerOrder),
    hidden: t.hidden,
    unlockCode: t.unlockCode ?? "",
  };
}

export type TicketTypeFormValues = ReturnType<typeof ticketTypeToForm>;
