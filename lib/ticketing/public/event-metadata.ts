import type { Metadata } from "next";
import { publicOpenGraph } from "@/lib/shared/open-graph";
import type { PublicEvent } from "./load-public-event";
import { formatEventTime } from "./load-ticket-order";
import { imageUrl } from "../checkout/public-ticket-types";

/** Title, description and Open Graph / Twitter cards of a public event page. */
export function eventMetadata(event: PublicEvent | null): Metadata {
  if (!event) return { title: "Event not found" };
  const description = `${formatEventTime(event)}${event.venue ? ` · ${event.venue.name}, ${event.venue.city}` : ""}. ${event.description.slice(0, 160)}`;
  const cover = imageUrl(event.coverImagePath);
  return {
    title: event.title,
    description,
    openGraph: publicOpenGraph({ path: `/e/${event.slug}`, title: event.title, description, siteName: event.org.name, image: cover }),
    twitter: { card: "summary_large_image", title: event.title, description },
  };
}
