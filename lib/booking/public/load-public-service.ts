import { db } from "@/lib/db/client";

// What the public pages may show about an org's services: no ids beyond what booking needs,
// nothing internal. Archived services and unknown orgs are null (a friendly 404).
const serviceSelect = {
  id: true, name: true, slug: true, description: true, durationMinutes: true, price: true, currency: true,
  requiresPayment: true, requiresConfirmation: true, bookingWindowDays: true, minimumNoticeMinutes: true, cancellationCutoffHours: true,
} as const;

export async function loadPublicService(orgSlug: string, serviceSlug: string) {
  if (!isSlug(orgSlug) || !isSlug(serviceSlug)) return null;
  const service = await db.service.findFirst({
    where: { slug: serviceSlug, active: true, org: { slug: orgSlug } },
    select: {
      ...serviceSelect,
      org: { select: { id: true, name: true, slug: true, timezone: true } },
      staff: { where: { staffMember: { active: true } }, orderBy: { staffMember: { name: "asc" } }, select: { staffMember: { select: { id: true, name: true, timeZone: true } } } },
    },
  });
  if (!service) return null;
  const { staff, org, ...rest } = service;
  return { org, service: rest, staff: staff.map((s) => s.staffMember) };
}

/** Just the ids behind an org's active service slug (the slots API's hot path). */
export async function resolvePublicService(orgSlug: string, serviceSlug: string) {
  if (!isSlug(orgSlug) || !isSlug(serviceSlug)) return null;
  return db.service.findFirst({ where: { slug: serviceSlug, active: true, org: { slug: orgSlug } }, select: { id: true, orgId: true } });
}

export type PublicService = NonNullable<Awaited<ReturnType<typeof loadPublicService>>>;

export async function listPublicServices(orgSlug: string) {
  if (!isSlug(orgSlug)) return null;
  return db.organization.findUnique({
    where: { slug: orgSlug },
    select: { name: true, slug: true, timezone: true, services: { where: { active: true, staff: { some: { staffMember: { active: true } } } }, orderBy: { name: "asc" }, select: serviceSelect } },
  });
}

const isSlug = (s: string) => /^[a-z0-9-]{1,64}$/.test(s);
