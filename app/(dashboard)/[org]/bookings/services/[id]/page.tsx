import { notFound } from "next/navigation";
import { ConfirmActionForm } from "@/components/booking/confirm-action-form";
import { ServiceForm } from "@/components/booking/services/service-form";
import { CopyField } from "@/components/settings/copy-field";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { getService, serviceToForm } from "@/lib/booking";
import { publicBookingUrl } from "@/lib/booking";
import { listStaffOptions } from "@/lib/booking";
import { AppError } from "@/lib/errors";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";
import { archiveServiceAction, updateServiceAction } from "../actions";

export const metadata = { title: "Edit service" };

// /[org]/bookings/services/[id]: the public link, the prefilled form, archive / unarchive (OWNER/ADMIN)
export default async function ServicePage({ params, searchParams }: { params: Promise<{ org: string; id: string }>; searchParams: Promise<{ created?: string }> }) {
  const { org, id } = await params;
  const ctx = await requireOrgPage(org, "ADMIN");
  const service = await getService({ orgId: ctx.orgId, serviceId: id }).catch((err) => {
    if (err instanceof AppError && err.code === "NOT_FOUND") notFound();
    throw err;
  });
  const staff = await listStaffOptions({ orgId: ctx.orgId });
  const base = `/${ctx.slug}/bookings/services`;
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader
        level={2}
        title={service.name}
        description={service.active ? "Clients can book this service." : "Archived: hidden from clients; its bookings are kept."}
        actions={service.active ? <Badge tone="green">Bookable</Badge> : <Badge>Archived</Badge>}
      />
      {(await searchParams).created === "1" && (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          Service created. Share its booking link with clients.
        </p>
      )}
      <Card>
        <CopyField label="Public booking link" value={publicBookingUrl(ctx.slug, service.slug)} />
        {service.staffIds.length === 0 && <p className="mt-2 text-sm text-amber-700">No staff perform this service yet, so the page offers no slots.</p>}
      </Card>
      <Card>
        <ServiceForm
          org={ctx.slug}
          action={updateServiceAction}
          serviceId={service.id}
          initial={serviceToForm(service)}
          currency={service.currency}
          staff={staff}
          staffHref={`/${ctx.slug}/bookings/staff/new`}
          submitLabel="Save changes"
          cancelHref={base}
        />
      </Card>
      <Card className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <div>
          <h2 className="text-base font-semibold text-gray-900">{service.active ? "Archive this service" : "Bring this service back"}</h2>
          <p className="text-sm text-gray-600">{service.active ? "Clients can no longer book it; existing bookings stay." : "Clients can book it again through its link."}</p>
        </div>
        {service.active ? (
          <ConfirmActionForm action={archiveServiceAction} fields={{ org: ctx.slug, id: service.id, archived: "1" }} confirmText={`Archive ${service.name}? Clients will no longer be able to book it.`} label="Archive" />
        ) : (
          <ConfirmActionForm action={archiveServiceAction} fields={{ org: ctx.slug, id: service.id, archived: "0" }} confirmText={`Make ${service.name} bookable again?`} label="Unarchive" variant="secondary" />
        )}
      </Card>
    </div>
  );
}
