import { buildBookingIcs } from "@/lib/booking";
import { bookingLinks, verifyBookingLinkToken } from "@/lib/booking";
import { loadBookingDetails } from "@/lib/booking";
import { errorResponse } from "@/lib/with-org";
import { notFound } from "@/lib/errors";

// GET /api/book/invite/[token]: the booking's .ics invite ("Add to calendar"), signed link only
export async function GET(_req: Request, { params }: { params: Promise<{ token: string }> }) {
  try {
    const bookingId = verifyBookingLinkToken((await params).token);
    const booking = bookingId ? await loadBookingDetails(bookingId) : null;
    if (!booking) throw notFound("This link is not valid.");
    return new Response(buildBookingIcs({ booking, manageUrl: bookingLinks(booking.id).manageUrl, delivery: "download" }), {
      headers: { "Content-Type": "text/calendar; charset=utf-8", "Content-Disposition": 'attachment; filename="booking.ics"', "Cache-Control": "private, no-store" },
    });
  } catch (err) {
    return errorResponse(err);
  }
}
