import { z } from "zod";
import type { Prisma } from "@/lib/db/client";
import type { OrderStatus } from "@/lib/db/generated/enums";
import { parseTicketCode } from "../check-in/parse-ticket-code";

// The ticket-order list filters (search, status), shared by the org-wide and per-event lists.
export const orderStatuses = ["PAID", "PENDING", "REFUNDED", "CANCELED", "EXPIRED"] as const satisfies readonly OrderStatus[];

export const orderStatusLabels: Record<OrderStatus, string> = { PAID: "Paid", PENDING: "Awaiting payment", REFUNDED: "Refunded", CANCELED: "Canceled", EXPIRED: "Expired" };

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const orderFiltersSchema = z.object({
  q: z.preprocess(blankToUndefined, z.string().trim().max(200, "Search must be at most 200 characters").optional()),
  status: z.preprocess(blankToUndefined, z.enum(orderStatuses, "Unknown status").optional()),
});

export type OrderFilters = z.infer<typeof orderFiltersSchema>;

export const hasOrderFilters = (f: OrderFilters) => Boolean(f.q || f.status);

/** For pages: each filter parsed on its own, so one bad value in the URL drops only itself. */
export function parseOrderFiltersLenient(raw: { q?: unknown; status?: unknown }): OrderFilters {
  const q = orderFiltersSchema.shape.q.safeParse(raw.q);
  const status = orderFiltersSchema.shape.status.safeParse(raw.status);
  return { q: q.success ? q.data : undefined, status: status.success ? status.data : undefined };
}

/** The `where` for the org's ticket orders (of one event when given): buyer, attendee, order id or exact ticket code. */
export function orderWhere({ orgId, eventId, filters }: { orgId: string; eventId?: string; filters: OrderFilters }): Prisma.OrderWhereInput {
  const where: Prisma.OrderWhereInput = { orgId, kind: "TICKET", ...(eventId ? { eventId } : {}) };
  if (filters.status) where.status = filters.status;
  if (filters.q) {
    const contains = { contains: filters.q, mode: "insensitive" as const };
    const code = parseTicketCode(filters.q) ?? filters.q; // a pasted /t/<code> link finds its order too
    where.OR = [{ id: filters.q }, { buyerName: contains }, { buyerEmail: contains }, { tickets: { some: { OR: [{ code }, { attendeeName: contains }, { attendeeEmail: contains }] } } }];
  }
  return where;
}
