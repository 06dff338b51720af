import type { Role } from "@/lib/db/generated/enums";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";
import { getDoorEvent } from "@/lib/ticketing";
import { orNotFound } from "@/lib/tenancy/or-not-found";

/** The org and one of its events for a door page (orders, check-in, sales), or the 404 page. */
export async function loadDoorEvent(params: Promise<{ org: string; eventId: string }>, role: Role = "STAFF") {
  const { org, eventId } = await params;
  const ctx = await requireOrgPage(org, role);
  return { ctx, event: await orNotFound(getDoorEvent({ orgId: ctx.orgId, eventId: decodeURIComponent(eventId) })) };
}
