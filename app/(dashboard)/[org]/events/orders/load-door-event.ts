import { notFound } from "next/navigation";
import type { Role } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";
import { getDoorEvent } from "@/lib/ticketing/orders/get-door-event";

/** The org and one of its events for a door page (orders, check-in, sales), or the 404 page. */
export async function loadDoorEvent(params: Promise<{ org: string; eventId: string }>, role: Role = "STAFF") {
  const { org, eventId } = await params;
  const ctx = await requireOrgPage(org, role);
  try {
    return { ctx, event: await getDoorEvent({ orgId: ctx.orgId, eventId: decodeURIComponent(eventId) }) };
  } catch (err) {
    if (err instanceof AppError && err.code === "NOT_FOUND") notFound();
    throw err;
  }
}
