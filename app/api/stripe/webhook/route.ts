// POST /api/stripe/webhook: verify Stripe's signature, then fulfil, expire or refund orders exactly once.
import { NextResponse } from "next/server";
import type Stripe from "stripe";
import { bookingOrderKind } from "@/lib/booking";
import { getStripe, processStripeEvent, type OrderKinds } from "@/lib/orders";
import { ticketOrderKind } from "@/lib/ticketing";
import { env } from "@/lib/env";

// The one place the order kinds meet: lib/orders drives the lifecycle, each area its own rows.
const orderKinds: OrderKinds = { BOOKING: bookingOrderKind, TICKET: ticketOrderKind };

export async function POST(req: Request): Promise<Response> {
  const { STRIPE_WEBHOOK_SECRET: secret, STRIPE_SECRET_KEY } = env();
  if (!secret || !STRIPE_SECRET_KEY) return NextResponse.json({ error: "Stripe webhooks are not configured." }, { status: 503 });
  // The signature covers the exact bytes Stripe sent: read the raw text, never parsed JSON.
  const payload = await req.text();
  const signature = req.headers.get("stripe-signature");
  if (!signature) return NextResponse.json({ error: "Missing Stripe-Signature header." }, { status: 400 });
  let event: Stripe.Event;
  try {
    event = getStripe().webhooks.constructEvent(payload, signature, secret);
  } catch {
    return NextResponse.json({ error: "Invalid Stripe signature." }, { status: 400 });
  }
  try {
    const result = await processStripeEvent(event, orderKinds);
    return NextResponse.json({ received: true, result });
  } catch (err) {
    console.error(`[stripe] ${event.id} (${event.type}) failed; Stripe will retry`, err);
    return NextResponse.json({ error: "Processing failed; retry later." }, { status: 500 });
  }
}
