import { db } from "@/lib/db/client";
import type { EventStatus, PromoKind } from "@/lib/db/generated/enums";
import { uid } from "./factories";

// Events with ticket types straight in the database (until the organizer UI lands, tests and
// e2e specs build them here). Every call makes new, uniquely named rows.
export type TicketTypeSeed = { name?: string; price?: number; capacity?: number; maxPerOrder?: number; hidden?: boolean; unlockCode?: string | null; saleStartsAt?: Date | null; saleEndsAt?: Date | null; currency?: string };

type Client = Pick<typeof db, "event" | "venue" | "ticketType" | "promoCode">;

export async function createTicketedEvent(options: {
  orgId: string;
  types?: TicketTypeSeed[];
  status?: EventStatus;
  title?: string;
  slug?: string;
  startsAt?: Date;
  promo?: { code: string; kind?: PromoKind; value: number; maxRedemptions?: number | null; eventOnly?: boolean };
  client?: Client;
}) {
  const client = options.client ?? db;
  const id = uid();
  const startsAt = options.startsAt ?? new Date(Date.now() + 14 * 24 * 3600_000);
  const venue = await client.venue.create({ data: { orgId: options.orgId, name: `Hall ${id}`, address: "Torstraße 1", city: "Berlin", timeZone: "Europe/Berlin" }, select: { id: true } });
  const status = options.status ?? "PUBLISHED";
  const event = await client.event.create({
    data: {
      orgId: options.orgId,
      venueId: venue.id,
      slug: options.slug ?? `event-${id}`,
      title: options.title ?? `Concert ${id}`,
      description: "An evening of music.\nDoors open 19:00.",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3 * 3600_000),
      timeZone: "Europe/Berlin",
      status,
      publishedAt: status === "PUBLISHED" ? new Date() : null,
    },
    select: { id: true, slug: true, orgId: true, title: true },
  });
  const types = [];
  for (const [position, t] of (options.types ?? [{ name: "General admission", price: 0, capacity: 100 }]).entries()) {
    types.push(
      await client.ticketType.create({
        data: {
          orgId: options.orgId,
          eventId: event.id,
          position,
          name: t.name ?? `Type ${position + 1}`,
          price: t.price ?? 0,
          currency: t.currency ?? "EUR",
          capacity: t.capacity ?? 100,
          maxPerOrder: t.maxPerOrder ?? 10,
          hidden: t.hidden ?? false,
          unlockCode: t.unlockCode ?? null,
          saleStartsAt: t.saleStartsAt ?? null,
          saleEndsAt: t.saleEndsAt ?? null,
        },
        select: { id: true, name: true, price: true, capacity: true },
      }),
    );
  }
  const promo = options.promo
    ? await client.promoCode.create({
        data: {
          orgId: options.orgId,
          eventId: options.promo.eventOnly === false ? null : event.id,
          code: options.promo.code.toUpperCase(),
          kind: options.promo.kind ?? "PERCENT",
          value: options.promo.value,
          maxRedemptions: options.promo.maxRedemptions ?? null,
        },
        select: { id: true, code: true },
      })
    : null;
  return { ...event, eventId: event.id, types, promo };
}

/** A checkout request body: `quantities` by type index, buyer details, optional extras. */
export function checkoutBody(types: { id: string }[], quantities: number[], extra: Record<string, unknown> = {}) {
  const n = uid();
  return { quantities: Object.fromEntries(types.map((t, i) => [t.id, quantities[i] ?? 0])), buyer: { name: `Buyer ${n}`, email: `buyer-${n}@test.dev` }, ...extra };
}
