import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { SectionTabs } from "@/components/ui/section-tabs";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";

// Bookings: one heading for the area, tabs for its sections, and the way to book for a client.
export default async function BookingsLayout({ children, params }: { children: React.ReactNode; params: Promise<{ org: string }> }) {
  const ctx = await requireOrgPage((await params).org);
  const base = `/${ctx.slug}/bookings`;
  return (
    <>
      <PageHeader title="Bookings" description="Appointments by day and staff member, the full list, and what clients can book." actions={<ButtonLink href={`${base}/new`}>New booking</ButtonLink>} />
      <SectionTabs
        label="Bookings"
        base={base}
        tabs={[
          { href: "", label: "Calendar" },
          { href: "/list", label: "List" },
          { href: "/services", label: "Services" },
          { href: "/staff", label: "Staff" },
        ]}
      />
      {children}
    </>
  );
}
