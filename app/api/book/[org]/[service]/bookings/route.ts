import { NextResponse } from "next/server";
import { bookPublicSlot } from "@/lib/booking";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/with-org";

// POST /api/book/[org]/[service]/bookings: book a slot from JSON (the bot, scripts); public.
// { staff?, start, name, email, phone?, notes?, tz, ref? } -> 201 { bookingId, status, redirectUrl }, 409 when taken
export async function POST(req: Request, { params }: { params: Promise<{ org: string; service: string }> }) {
  try {
    const { org, service } = await params;
    const body = await req.json().catch(() => {
      throw new AppError("BAD_INPUT", "Send a JSON object.");
    });
    if (!body || typeof body !== "object" || Array.isArray(body)) throw new AppError("BAD_INPUT", "Send a JSON object.");
    const result = await bookPublicSlot({ ...body, org, service });
    return NextResponse.json(result, { status: 201 });
  } catch (err) {
    return errorResponse(err);
  }
}
