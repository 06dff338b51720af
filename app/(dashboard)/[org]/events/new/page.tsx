import { EventForm } from "@/components/ticketing/event-form";
import { Card, PageHeader } from "@/components/ui/card";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";
import { listVenueOptions } from "@/lib/ticketing";
import { createEventAction } from "../actions";

export const metadata = { title: "New event" };

// /[org]/events/new: the event form; the new event starts as a draft and goes to its Tickets tab.
export default async function NewEventPage({ params }: { params: Promise<{ org: string }> }) {
  const ctx = await requireOrgPage((await params).org);
  const venues = await listVenueOptions({ orgId: ctx.orgId });
  const empty = { title: "", slug: "", description: "", venueId: venues.length === 1 ? venues[0].id : "", startsAt: "", endsAt: "" };
  return (
    <div className="max-w-3xl">
      <PageHeader title="New event" description="It starts as a draft: add ticket types, then submit it for review or publish it." />
      <Card>
        <EventForm org={ctx.slug} action={createEventAction} initial={empty} venues={venues} orgTimeZone={ctx.timezone} venuesHref={`/${ctx.slug}/events/venues/new`} submitLabel="Create event" cancelHref={`/${ctx.slug}/events`} />
      </Card>
    </div>
  );
}
