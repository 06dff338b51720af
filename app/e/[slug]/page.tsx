import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EventPageView } from "@/components/tickets/event-page-view";
import { eventMetadata } from "@/lib/ticketing";
import { loadPublicEvent } from "@/lib/ticketing";

// GET /e/[slug]: the public event page; drafts and unknown slugs are a 404. Rendered on first
// request and served from Next's cache, refreshed every 10 seconds and at once when the organizer
// changes the event (revalidateEventPages); what is left of each type may lag that much, the
// checkout itself is exact. A rush of visitors costs no renders. Access codes and the
// back-from-Checkout notice have their own (uncached) pages.
export const revalidate = 10;
export const generateStaticParams = async () => [];

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return eventMetadata(await loadPublicEvent((await params).slug));
}

export default async function EventPage({ params }: Props) {
  const event = await loadPublicEvent((await params).slug);
  if (!event) notFound();
  return <EventPageView event={event} unlockCode={null} />;
}
