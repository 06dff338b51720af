import { NextResponse } from "next/server";
import { getPublicSlots } from "@/lib/booking";
import { errorResponse } from "@/lib/with-org";

// GET /api/book/[org]/[service]/slots?from=YYYY-MM-DD&to=YYYY-MM-DD&staff=<id|any>&tz=<IANA>: public, no login
export async function GET(req: Request, { params }: { params: Promise<{ org: string; service: string }> }) {
  const started = performance.now();
  try {
    const { org, service } = await params;
    const result = await getPublicSlots({ orgSlug: org, serviceSlug: service, query: Object.fromEntries(new URL(req.url).searchParams) });
    return NextResponse.json(result, { headers: { "Cache-Control": "no-store", "Server-Timing": `app;dur=${(performance.now() - started).toFixed(1)}` } });
  } catch (err) {
    return errorResponse(err);
  }
}
