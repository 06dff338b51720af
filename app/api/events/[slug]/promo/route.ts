// GET /api/events/[slug]/promo?code=X: whether a promo code applies to this event, and its
// discount rule, so the event page can show the live price; public, reveals nothing else.
import { NextResponse } from "next/server";
import { z } from "zod";
import { parseOrThrow } from "@/lib/safe-action";
import { findEventPromo } from "@/lib/ticketing";
import { loadEventForCheckout } from "@/lib/ticketing";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/with-org";

const query = z.object({ code: z.string().trim().min(1, "Enter a promo code").max(40, "This promo code does not exist.") });

export async function GET(req: Request, { params }: { params: Promise<{ slug: string }> }) {
  try {
    const { code } = parseOrThrow(query, Object.fromEntries(new URL(req.url).searchParams));
    const event = await loadEventForCheckout((await params).slug);
    if (!event) throw new AppError("NOT_FOUND", "This event is not on sale.");
    const promo = await findEventPromo({ orgId: event.orgId, eventId: event.id, code, now: new Date() });
    return NextResponse.json({ id: promo.id, code: promo.code, kind: promo.kind, value: promo.value, forSelectedCustomers: promo.segmentId !== null });
  } catch (err) {
    return errorResponse(err);
  }
}
