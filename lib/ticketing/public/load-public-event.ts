import { cache } from "react";
import { db } from "@/lib/db/client";

// What the public event page and the checkout may see of a published event: no drafts, no
// internal fields. Unknown, draft and in-review slugs are null (a 404); a canceled event is
// shown with its notice and sells nothing.
const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;

const ticketTypeSelect = {
  id: true, name: true, description: true, price: true, currency: true, capacity: true, sold: true, held: true,
  saleStartsAt: true, saleEndsAt: true, maxPerOrder: true, hidden: true, unlockCode: true,
} as const;

/** Cached per request: the page and its metadata share one read. */
export const loadPublicEvent = cache(async (slug: string) => {
  if (!SLUG.test(slug)) return null;
  return db.event.findFirst({
    where: { slug, OR: [{ status: "PUBLISHED" }, { status: "CANCELED", publishedAt: { not: null } }] },
    select: {
      id: true, orgId: true, slug: true, title: true, description: true, coverImagePath: true, startsAt: true, endsAt: true, timeZone: true, status: true,
      org: { select: { name: true, slug: true } },
      venue: { select: { name: true, address: true, city: true } },
      lineup: { orderBy: { position: "asc" }, select: { id: true, name: true, role: true, bio: true, imagePath: true, notes: true } },
      ticketTypes: { orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: ticketTypeSelect },
    },
  });
});

export type PublicEvent = NonNullable<Awaited<ReturnType<typeof loadPublicEvent>>>;

/**
 * The checkout's lighter read: just what pricing and holding need. A rush asks for one event
 * hundreds of times a second, so requests arriving while its read is in flight share that read
 * (at most one round trip old; the seat statement checks the counts itself).
 */
export function loadEventForCheckout(slug: string): Promise<CheckoutEvent | null> {
  if (!SLUG.test(slug)) return Promise.resolve(null);
  let read = readsInFlight.get(slug);
  if (!read) {
    read = readEventForCheckout(slug).finally(() => readsInFlight.delete(slug));
    readsInFlight.set(slug, read);
  }
  return read;
}

const readsInFlight = new Map<string, Promise<CheckoutEvent | null>>();

function readEventForCheckout(slug: string) {
  return db.event.findFirst({
    // A canceled event is read too, so that its buyers hear why nothing is sold (not a 404).
    where: { slug, OR: [{ status: "PUBLISHED" }, { status: "CANCELED", publishedAt: { not: null } }] },
    select: { id: true, orgId: true, slug: true, title: true, status: true, startsAt: true, endsAt: true, ticketTypes: { select: ticketTypeSelect } },
  });
}

type CheckoutEvent = NonNullable<Awaited<ReturnType<typeof readEventForCheckout>>>;
