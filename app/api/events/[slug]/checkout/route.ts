// POST /api/events/[slug]/checkout: buy tickets (the event page's form, scripts, the bench); public.
// 201 { orderId, status, redirectUrl } / 400 { error.fields } / 409 sold out { error.remaining } / 404
import { NextResponse } from "next/server";
import { AppError } from "@/lib/errors";
import { checkoutTickets } from "@/lib/ticketing";
import { SoldOutError } from "@/lib/ticketing";
import { errorResponse } from "@/lib/with-org";

// Small per-buyer answers: never cached, and not gzipped (Next gzips a route's streamed answer
// whatever its size, which costs a rush more CPU than the few bytes are worth).
const headers = { "cache-control": "no-store, no-transform" };

export async function POST(req: Request, { params }: { params: Promise<{ slug: string }> }) {
  try {
    const { slug } = await params;
    const body = await req.json().catch(() => {
      throw new AppError("BAD_INPUT", "Send a JSON object.");
    });
    if (!body || typeof body !== "object" || Array.isArray(body)) throw new AppError("BAD_INPUT", "Send a JSON object.");
    return NextResponse.json(await checkoutTickets({ slug, input: body }), { status: 201, headers });
  } catch (err) {
    if (err instanceof SoldOutError) return NextResponse.json({ error: { code: err.code, message: err.message, fields: err.fieldErrors, remaining: err.remaining } }, { status: 409, headers });
    return errorResponse(err);
  }
}
