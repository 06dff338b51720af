import { EmptyState, PageHeader } from "@/components/ui/card";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";

export const metadata = { title: "Events" };

// Placeholder until the Events area lands: an honest empty state instead of a dead link.
export default async function EventsPage({ params }: { params: Promise<{ org: string }> }) {
  await requireOrgPage((await params).org);
  return (
    <>
      <PageHeader title="Events" />
      <EmptyState title="Nothing here yet" description="Create events with ticket types, publish a public page, sell with Stripe and check attendees in at the door." />
    </>
  );
}
