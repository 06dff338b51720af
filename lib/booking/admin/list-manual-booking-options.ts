import { orgDb } from "@/lib/db/org-db";

/** The org's active services with their active staff, for the manual booking form. */
export async function listManualBookingOptions({ orgId }: { orgId: string }) {
  const services = await orgDb(orgId).service.findMany({
    where: { active: true },
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      durationMinutes: true,
      price: true,
      currency: true,
      bookingWindowDays: true,
      staff: { where: { staffMember: { active: true } }, orderBy: { staffMember: { name: "asc" } }, select: { staffMember: { select: { id: true, name: true } } } },
    },
  });
  return services.map(({ staff, ...s }) => ({ ...s, staff: staff.map((x) => x.staffMember) }));
}

export type ManualBookingService = Awaited<ReturnType<typeof listManualBookingOptions>>[number];
