import { PageHeader } from "@/components/ui/card";
import { SectionTabs } from "@/components/ui/section-tabs";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";

// Analytics: every view reads precomputed rows (CustomerScore, AnalyticsRun) or plain order queries.
export default async function AnalyticsLayout({ children, params }: { children: React.ReactNode; params: Promise<{ org: string }> }) {
  const ctx = await requireOrgPage((await params).org);
  return (
    <>
      <PageHeader title="Analytics" description={`Who ${ctx.name}'s customers are, who is slipping away, what they are worth.`} />
      <SectionTabs
        label="Analytics"
        base={`/${ctx.slug}/analytics`}
        tabs={[
          { href: "", label: "Overview" },
          { href: "/rfm", label: "RFM" },
          { href: "/clusters", label: "Clusters" },
          { href: "/predictions", label: "Predictions" },
          { href: "/segments", label: "Segments" },
          { href: "/campaigns", label: "Campaigns" },
        ]}
      />
      {children}
    </>
  );
}
