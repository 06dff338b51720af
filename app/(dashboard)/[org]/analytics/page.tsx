import { EmptyState } from "@/components/ui/card";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";

export const metadata = { title: "Analytics" };

// Placeholder until the Analytics area lands: an honest empty state instead of a dead link.
export default async function AnalyticsPage({ params }: { params: Promise<{ org: string }> }) {
  await requireOrgPage((await params).org);
  return (
    <>
      <EmptyState title="Nothing here yet" description="RFM, segments, churn risk and lifetime value over every customer, once orders come in." />
    </>
  );
}
