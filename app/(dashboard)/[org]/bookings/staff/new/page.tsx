import { StaffForm } from "@/components/booking/staff/staff-form";
import { FormPage } from "@/components/ui/card";
import { listLinkableMembers } from "@/lib/booking";
import { allTimeZones } from "@/lib/tenancy/org-fields";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";
import { createStaffAction } from "../actions";

export const metadata = { title: "Add staff member" };

// /[org]/bookings/staff/new: staff details, the time zone defaulting to the org's (OWNER/ADMIN)
export default async function NewStaffPage({ params }: { params: Promise<{ org: string }> }) {
  const ctx = await requireOrgPage((await params).org, "ADMIN");
  const members = await listLinkableMembers({ orgId: ctx.orgId });
  return (
    <FormPage title="Add staff member" description="Working hours come next, on the staff member's page." width="2xl">
      <StaffForm
        org={ctx.slug}
        action={createStaffAction}
        initial={{ name: "", email: "", timeZone: ctx.timezone, userId: "" }}
        timeZones={allTimeZones}
        members={members.map((m) => m.user)}
        submitLabel="Add staff member"
        cancelHref={`/${ctx.slug}/bookings/staff`}
      />
    </FormPage>
  );
}
