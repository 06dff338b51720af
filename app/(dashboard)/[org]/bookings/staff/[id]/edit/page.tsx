import { StaffForm } from "@/components/booking/staff/staff-form";
import { FormPage } from "@/components/ui/card";
import { listLinkableMembers } from "@/lib/booking";
import { allTimeZones } from "@/lib/tenancy/org-fields";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";
import { updateStaffAction } from "../../actions";
import { loadStaffOr404 } from "../../load-staff-page";

export const metadata = { title: "Edit staff member" };

// /[org]/bookings/staff/[id]/edit: the staff details form, prefilled (OWNER/ADMIN)
export default async function EditStaffPage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org, id } = await params;
  const ctx = await requireOrgPage(org, "ADMIN");
  const [staff, members] = await Promise.all([loadStaffOr404({ orgId: ctx.orgId, staffMemberId: id }), listLinkableMembers({ orgId: ctx.orgId })]);
  return (
    <FormPage title={`Edit ${staff.name}`} width="2xl">
      <StaffForm
        org={ctx.slug}
        action={updateStaffAction}
        staffMemberId={staff.id}
        initial={{ name: staff.name, email: staff.email ?? "", timeZone: staff.timeZone, userId: staff.userId ?? "" }}
        timeZones={allTimeZones}
        members={members.map((m) => m.user)}
        submitLabel="Save changes"
        cancelHref={`/${ctx.slug}/bookings/staff/${staff.id}`}
      />
    </FormPage>
  );
}
