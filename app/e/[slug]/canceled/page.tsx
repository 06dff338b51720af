import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EventPageView } from "@/components/tickets/event-page-view";
import { eventMetadata } from "@/lib/ticketing";
import { loadPublicEvent } from "@/lib/ticketing";
import { releaseAbandonedTicketCheckout } from "@/lib/ticketing";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ order?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { ...eventMetadata(await loadPublicEvent((await params).slug)), robots: { index: false } };
}

// GET /e/[slug]/canceled?order=<orderId>.<token>: Stripe Checkout's cancel URL. The held seats
// go back on sale at once (signed link only) and the buyer sees the event page again.
export default async function EventCheckoutCanceledPage({ params, searchParams }: Props) {
  const { order } = await searchParams;
  if (typeof order === "string" && order.length <= 200) await releaseAbandonedTicketCheckout(order);
  const event = await loadPublicEvent((await params).slug);
  if (!event) notFound();
  return <EventPageView event={event} unlockCode={null} notice="Payment was not completed, so your tickets were released." />;
}
