import { minorToDecimal } from "@/lib/shared/parse-money";
import { pageOf } from "@/lib/shared/pagination";
import { orgDb } from "@/lib/db/org-db";
import { utcToLocal } from "../../shared/local-date-time";

// Promo codes of an org: all of them (the org-wide list) or those usable on one event (its own
// and the org-wide ones), newest first, paged.
export const PROMO_PAGE_SIZE = 25;

export async function listPromoCodes({ orgId, eventId, page = 1, pageSize = PROMO_PAGE_SIZE }: { orgId: string; eventId?: string; page?: number; pageSize?: number }) {
  const where = { ...(eventId ? { OR: [{ eventId }, { eventId: null }] } : {}) };
  const total = await orgDb(orgId).promoCode.count({ where });
  const { page: current, pageCount, skip, take } = pageOf(total, page, pageSize);
  const items = await orgDb(orgId).promoCode.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    skip,
    take,
    select: { id: true, code: true, kind: true, value: true, eventId: true, maxRedemptions: true, redemptions: true, expiresAt: true, active: true, segmentId: true, event: { select: { title: true } }, segment: { select: { name: true } } },
  });
  return { items, total, page: current, pageCount };
}

export type PromoCodeRow = Awaited<ReturnType<typeof listPromoCodes>>["items"][number];

/** Events and segments to choose from in the promo code form. */
export async function listPromoCodeOptions({ orgId }: { orgId: string }) {
  const [events, segments] = await Promise.all([
    orgDb(orgId).event.findMany({ where: { status: { not: "CANCELED" } }, orderBy: { startsAt: "desc" }, take: 200, select: { id: true, title: true } }),
    orgDb(orgId).segment.findMany({ orderBy: { name: "asc" }, take: 200, select: { id: true, name: true } }),
  ]);
  return { events, segments };
}

export function promoCodeToForm(p: PromoCodeRow | null, currency: string, timeZone: string, eventId = "") {
  if (!p) return { code: "", kind: "PERCENT", value: "", eventId, maxRedemptions: "", expiresAt: "", active: true, segmentId: "" };
  return {
    code: p.code,
    kind: p.kind as string,
    value: p.kind === "PERCENT" ? String(p.value) : minorToDecimal(p.value, currency),
    eventId: p.eventId ?? "",
    maxRedemptions: p.maxRedemptions === null ? "" : String(p.maxRedemptions),
    expiresAt: p.expiresAt ? utcToLocal(p.expiresAt, timeZone) : "",
    active: p.active,
    segmentId: p.segmentId ?? "",
  };
}

export type PromoCodeFormValues = ReturnType<typeof promoCodeToForm>;
