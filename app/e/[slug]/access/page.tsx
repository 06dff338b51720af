import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EventPageView } from "@/components/tickets/event-page-view";
import { eventMetadata } from "@/lib/ticketing";
import { loadPublicEvent } from "@/lib/ticketing";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ code?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { ...eventMetadata(await loadPublicEvent((await params).slug)), robots: { index: false } };
}

// GET /e/[slug]/access?code=: the event page with the hidden ticket types this code unlocks.
export default async function EventAccessPage({ params, searchParams }: Props) {
  const event = await loadPublicEvent((await params).slug);
  if (!event) notFound();
  const { code } = await searchParams;
  const unlockCode = typeof code === "string" && code.length <= 60 ? code.trim() || null : null;
  return <EventPageView event={event} unlockCode={unlockCode} />;
}
