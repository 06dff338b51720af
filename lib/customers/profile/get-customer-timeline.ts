import { db } from "@/lib/db/client";
import { orgDb } from "@/lib/db/org-db";
import type { BookingStatus, BotSubscriberStatus, CustomerSource, OrderKind, OrderStatus } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors";
import { isCustomerId } from "../records/get-customer";

// A customer's history, newest first, from several sources. Each kind of item is declared in
// TimelineItemKinds and produced by one TimelineSource; a later area (bot messages, bookings)
// adds a kind there (or by declaration merging) and its source to `timelineSources`.
export interface TimelineItemKinds {
  "customer.created": { source: CustomerSource; actor: string | null; via: string | null };
  // What was bought: the event of a ticket order, the booking (service, staff) of a booking order.
  order: {
    orderId: string;
    orderKind: OrderKind;
    amount: number;
    currency: string;
    status: OrderStatus;
    paidAt: Date | null;
    event: { id: string; title: string } | null;
    booking: { id: string; serviceName: string; staffName: string } | null;
  };
  audit: { action: string; actor: string | null; changed: string[]; via: string | null };
  booking: { bookingId: string; serviceName: string; staffName: string; status: BookingStatus; startsAt: Date };
  // One item per bot chat, at its latest message: the bot, the chat's span and size.
  conversation: {
    subscriberId: string;
    botId: string;
    botName: string;
    botUsername: string;
    status: BotSubscriberStatus;
    firstMessageAt: Date | null;
    lastMessageAt: Date | null;
    messages: number;
    fromCustomer: number;
  };
}

export type TimelineKind = keyof TimelineItemKinds;
export type TimelineItem = { [K in TimelineKind]: { kind: K; id: string; at: Date } & TimelineItemKinds[K] }[TimelineKind];
export type TimelineCustomer = { id: string; createdAt: Date; source: CustomerSource };
export type TimelineSource = (args: { orgId: string; customer: TimelineCustomer; limit: number }) => Promise<TimelineItem[]>;

type AuditRow = { id: string; action: string; actorUserId: string | null; data: unknown; createdAt: Date };

async function actorNames(rows: AuditRow[]): Promise<Map<string, string>> {
  const ids = [...new Set(rows.map((r) => r.actorUserId).filter((id): id is string => Boolean(id)))];
  if (ids.length === 0) return new Map();
  const users = await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, email: true } });
  return new Map(users.map((u) => [u.id, u.name || u.email]));
}

function auditData(data: unknown): { changed: string[]; via: string | null } {
  const d = (data && typeof data === "object" ? data : {}) as { changed?: unknown; via?: unknown };
  return {
    changed: Array.isArray(d.changed) ? d.changed.filter((c): c is string => typeof c === "string") : [],
    via: typeof d.via === "string" ? d.via : null,
  };
}

const auditRows = ({ orgId, customerId, limit }: { orgId: string; customerId: string; limit: number }) =>
  orgDb(orgId).auditLog.findMany({
    where: { targetType: "Customer", targetId: customerId },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { id: true, action: true, actorUserId: true, data: true, createdAt: true },
  });

/** The "customer created" item, with who created it when the audit log knows. */
export const createdSource: TimelineSource = async ({ orgId, customer }) => {
  const row = await orgDb(orgId).auditLog.findFirst({
    where: { targetType: "Customer", targetId: customer.id, action: "customer.created" },
    select: { id: true, action: true, actorUserId: true, data: true, createdAt: true },
  });
  const names = row ? await actorNames([row]) : new Map<string, string>();
  return [
    {
      kind: "customer.created",
      id: `created-${customer.id}`,
      at: customer.createdAt,
      source: customer.source,
      actor: row?.actorUserId ? (names.get(row.actorUserId) ?? null) : null,
      via: row ? auditData(row.data).via : null,
    },
  ];
};

export const orderSource: TimelineSource = async ({ orgId, customer, limit }) => {
  const orders = await orgDb(orgId).order.findMany({
    where: { customerId: customer.id },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: {
      id: true,
      kind: true,
      amount: true,
      currency: true,
      status: true,
      paidAt: true,
      createdAt: true,
      event: { select: { id: true, title: true } },
      booking: { select: { id: true, service: { select: { name: true } }, staffMember: { select: { name: true } } } },
    },
  });
  return orders.map((o) => ({
    kind: "order",
    id: `order-${o.id}`,
    at: o.paidAt ?? o.createdAt,
    orderId: o.id,
    orderKind: o.kind,
    amount: o.amount,
    currency: o.currency,
    status: o.status,
    paidAt: o.paidAt,
    event: o.event,
    booking: o.booking && { id: o.booking.id, serviceName: o.booking.service.name, staffName: o.booking.staffMember.name },
  }));
};

/** Audit entries other than creation (which the created item already shows). */
export const auditSource: TimelineSource = async ({ orgId, customer, limit }) => {
  const rows = (await auditRows({ orgId, customerId: customer.id, limit })).filter((r) => r.action !== "customer.created");
  const names = await actorNames(rows);
  return rows.map((r) => ({ kind: "audit", id: `audit-${r.id}`, at: r.createdAt, action: r.action, actor: r.actorUserId ? (names.get(r.actorUserId) ?? null) : null, ...auditData(r.data) }));
};

/** Each booking, when it was made, with the appointment's service, staff, time and status. */
export const bookingSource: TimelineSource = async ({ orgId, customer, limit }) => {
  const bookings = await orgDb(orgId).booking.findMany({
    where: { customerId: customer.id },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { id: true, status: true, startsAt: true, createdAt: true, service: { select: { name: true } }, staffMember: { select: { name: true } } },
  });
  return bookings.map((b) => ({ kind: "booking", id: `booking-${b.id}`, at: b.createdAt, bookingId: b.id, serviceName: b.service.name, staffName: b.staffMember.name, status: b.status, startsAt: b.startsAt }));
};

/** Each bot chat of the customer (a customer may talk to several bots of the org), with its message counts. */
export const conversationSource: TimelineSource = async ({ orgId, customer, limit }) => {
  const subscribers = await orgDb(orgId).botSubscriber.findMany({
    where: { customerId: customer.id },
    orderBy: { lastInteractionAt: "desc" },
    take: limit,
    select: { id: true, botId: true, status: true, createdAt: true, bot: { select: { name: true, username: true } } },
  });
  if (subscribers.length === 0) return [];
  const counts = await orgDb(orgId).botMessage.groupBy({
    by: ["subscriberId", "direction"],
    where: { subscriberId: { in: subscribers.map((s) => s.id) } },
    _count: { _all: true },
    _min: { createdAt: true },
    _max: { createdAt: true },
  });
  return subscribers.map((s) => {
    const rows = counts.filter((c) => c.subscriberId === s.id);
    const times = (pick: (c: (typeof rows)[number]) => Date | null) =>
      rows
        .map(pick)
        .filter((d): d is Date => d !== null)
        .map((d) => d.getTime());
    const first = times((c) => c._min.createdAt);
    const last = times((c) => c._max.createdAt);
    const lastMessageAt = last.length ? new Date(Math.max(...last)) : null;
    return {
      kind: "conversation",
      id: `conversation-${s.id}`,
      at: lastMessageAt ?? s.createdAt,
      subscriberId: s.id,
      botId: s.botId,
      botName: s.bot.name,
      botUsername: s.bot.username,
      status: s.status,
      firstMessageAt: first.length ? new Date(Math.min(...first)) : null,
      lastMessageAt,
      messages: rows.reduce((n, c) => n + c._count._all, 0),
      fromCustomer: rows.filter((c) => c.direction === "IN").reduce((n, c) => n + c._count._all, 0),
    };
  });
};

export const timelineSources: TimelineSource[] = [createdSource, orderSource, auditSource, bookingSource, conversationSource];

/** Newest first; on equal times the creation item sorts last, the rest by id for a stable order. */
export function mergeTimeline(lists: TimelineItem[][], limit: number): TimelineItem[] {
  const rank = (i: TimelineItem) => (i.kind === "customer.created" ? 1 : 0);
  return lists
    .flat()
    .sort((a, b) => b.at.getTime() - a.at.getTime() || rank(a) - rank(b) || b.id.localeCompare(a.id))
    .slice(0, limit);
}

export async function getCustomerTimeline({ orgId, customerId, limit = 200, sources = timelineSources }: { orgId: string; customerId: string; limit?: number; sources?: TimelineSource[] }): Promise<TimelineItem[]> {
  if (!isCustomerId(customerId)) throw new AppError("NOT_FOUND", "Customer not found.");
  const customer = await orgDb(orgId).customer.findFirst({ where: { id: customerId }, select: { id: true, createdAt: true, source: true } });
  if (!customer) throw new AppError("NOT_FOUND", "Customer not found.");
  const lists = await Promise.all(sources.map((source) => source({ orgId, customer, limit })));
  return mergeTimeline(lists, limit);
}
