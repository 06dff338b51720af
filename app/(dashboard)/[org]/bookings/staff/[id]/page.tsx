import Link from "next/link";
import { ConfirmActionForm } from "@/components/booking/confirm-action-form";
import { OverrideForm } from "@/components/booking/staff/override-form";
import { OverridesList } from "@/components/booking/staff/overrides-list";
import { WeeklyHoursEditor } from "@/components/booking/staff/weekly-hours-editor";
import { ButtonLink } from "@/components/ui/button";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import type { Weekday } from "@/lib/booking";
import { hasRole } from "@/lib/roles";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";
import { deleteOverrideAction, saveWeeklyHoursAction, setStaffActiveAction, upsertOverrideAction } from "../actions";
import { loadStaffOr404 } from "../load-staff-page";

export const metadata = { title: "Staff member" };

const dayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

// /[org]/bookings/staff/[id]: weekly hours and date overrides (OWNER/ADMIN, or the linked
// STAFF member for their own), details and deactivation for OWNER/ADMIN.
export default async function StaffMemberPage({ params, searchParams }: { params: Promise<{ org: string; id: string }>; searchParams: Promise<{ created?: string }> }) {
  const { org, id } = await params;
  const ctx = await requireOrgPage(org);
  const staff = await loadStaffOr404({ orgId: ctx.orgId, staffMemberId: id });
  const isAdmin = hasRole(ctx.role, "ADMIN");
  const canEditHours = isAdmin || staff.userId === ctx.userId;
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader
        level={2}
        title={staff.name}
        description={[staff.timeZone, staff.email].filter(Boolean).join(" · ")}
        actions={
          <>
            {staff.active ? <Badge tone="green">Active</Badge> : <Badge>Inactive</Badge>}
            {isAdmin && (
              <ButtonLink href={`/${ctx.slug}/bookings/staff/${staff.id}/edit`} variant="secondary">
                Edit details
              </ButtonLink>
            )}
          </>
        }
      />
      {(await searchParams).created === "1" && (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          Staff member added. Set their working hours below, then assign them to services.
        </p>
      )}
      <Card>
        <h2 className="mb-3 text-base font-semibold text-gray-900">Weekly working hours</h2>
        {canEditHours ? (
          <WeeklyHoursEditor org={ctx.slug} staffMemberId={staff.id} timeZone={staff.timeZone} initial={staff.hours} action={saveWeeklyHoursAction} />
        ) : (
          <dl className="divide-y divide-gray-100 text-sm">
            {dayNames.map((day, i) => (
              <div key={day} className="flex gap-4 py-1.5">
                <dt className="w-28 font-medium text-gray-900">{day}</dt>
                <dd className="text-gray-700">{staff.hours[(i + 1) as Weekday].map((r) => `${r.start}–${r.end}`).join(", ") || "Closed"}</dd>
              </div>
            ))}
          </dl>
        )}
      </Card>
      <Card>
        <h2 className="mb-3 text-base font-semibold text-gray-900">Days off and special hours</h2>
        <div className="space-y-5">
          <OverridesList org={ctx.slug} staffMemberId={staff.id} overrides={staff.overrides} action={deleteOverrideAction} canEdit={canEditHours} />
          {canEditHours && <OverrideForm org={ctx.slug} staffMemberId={staff.id} today={staff.today} action={upsertOverrideAction} />}
        </div>
      </Card>
      <Card>
        <h2 className="mb-2 text-base font-semibold text-gray-900">Services</h2>
        {staff.services.length === 0 ? (
          <p className="text-sm text-gray-500">Not assigned to any service yet{isAdmin ? "; choose them on a service's page." : "."}</p>
        ) : (
          <ul className="flex flex-wrap gap-2">
            {staff.services.map((s) => (
              <li key={s.id}>
                {isAdmin ? (
                  <Link href={`/${ctx.slug}/bookings/services/${s.id}`} className="text-sm text-brand-700 hover:underline">
                    {s.name}
                  </Link>
                ) : (
                  <span className="text-sm">{s.name}</span>
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>
      {isAdmin && (
        <Card className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
          <div>
            <h2 className="text-base font-semibold text-gray-900">{staff.active ? "Deactivate" : "Reactivate"}</h2>
            <p className="text-sm text-gray-600">{staff.active ? "They are no longer offered for new bookings; existing bookings stay." : "They are offered for bookings again."}</p>
          </div>
          {staff.active ? (
            <ConfirmActionForm action={setStaffActiveAction} fields={{ org: ctx.slug, id: staff.id, active: "0" }} confirmText={`Deactivate ${staff.name}? Clients can no longer book them.`} label="Deactivate" />
          ) : (
            <ConfirmActionForm action={setStaffActiveAction} fields={{ org: ctx.slug, id: staff.id, active: "1" }} confirmText={`Reactivate ${staff.name}?`} label="Reactivate" variant="secondary" />
          )}
        </Card>
      )}
    </div>
  );
}
