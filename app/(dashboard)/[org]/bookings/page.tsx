import { EmptyState, PageHeader } from "@/components/ui/card";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";

export const metadata = { title: "Bookings" };

// Placeholder until the Bookings area lands: an honest empty state instead of a dead link.
export default async function BookingsPage({ params }: { params: Promise<{ org: string }> }) {
  await requireOrgPage((await params).org);
  return (
    <>
      <PageHeader title="Bookings" />
      <EmptyState title="Nothing here yet" description="Set up services and staff availability, share a booking page and let clients book and pay." />
    </>
  );
}
