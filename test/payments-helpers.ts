import { createCheckoutSession } from "@/lib/orders";
import { stopJobQueue } from "./jobs-helpers";
import { POST } from "@/app/api/stripe/webhook/route";
import { createBookableService, createBookingRow, createOrg } from "./factories";
import { signedWebhookRequest, startFakeStripe, stripeEvent, type FakeStripe } from "./fakes/fake-stripe";

// Shared by the payments integration tests: the fake Stripe wired into the env, a held booking
// with a real Checkout Session at the fake, and signed events posted to the route handler.
export const WEBHOOK_SECRET = "whsec_test_payments_secret";

export async function useFakeStripe(): Promise<FakeStripe> {
  const fake = await startFakeStripe();
  process.env.STRIPE_SECRET_KEY = "sk_test_fake_payments";
  process.env.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET;
  process.env.STRIPE_API_BASE = fake.url;
  // Other test files in the same worker expect Stripe to be off.
  const close = fake.close;
  fake.close = async () => {
    for (const key of ["STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET", "STRIPE_API_BASE"]) delete process.env[key];
    await close();
  };
  return fake;
}

/** After a suite on the fake Stripe: close it and stop the job queue the code under test started. */
export async function closeFakeStripe(fake: FakeStripe): Promise<void> {
  await fake.close();
  await stopJobQueue();
}

export const hour = 60 * 60_000;
/** A start time on a whole hour, days ahead, unique per call so tests never collide. */
let slotSeq = 0;
export const futureSlot = () => new Date(Math.ceil(Date.now() / hour) * hour + (48 + ++slotSeq * 3) * hour);

export async function heldBookingWithSession(options: { requiresConfirmation?: boolean; startsAt?: Date; holdExpiresAt?: Date; org?: { orgId: string } } = {}) {
  const { orgId } = options.org ?? (await createOrg());
  const created = await createBookableService({ orgId, price: 4500, requiresPayment: true, requiresConfirmation: options.requiresConfirmation });
  const service = { id: created.serviceId, durationMinutes: 60, bufferBeforeMinutes: 0, bufferAfterMinutes: 0, price: 4500 };
  const staffMemberId = created.staff[0].id;
  const startsAt = options.startsAt ?? futureSlot();
  const row = await createBookingRow({ orgId, service, staffMemberId, startsAt, holdExpiresAt: options.holdExpiresAt });
  const session = await createCheckoutSession({
    orgId,
    orderId: row.orderId!,
    kind: "BOOKING",
    currency: "EUR",
    lines: [{ name: "Haircut", unitAmount: service.price, quantity: 1 }],
    customerEmail: row.clientEmail,
    successUrl: "http://localhost/ok?session={CHECKOUT_SESSION_ID}",
    cancelUrl: "http://localhost/cancel",
  });
  return { orgId, service, staffMemberId, startsAt, ...row, orderId: row.orderId!, sessionId: session.id };
}

export async function postEvent(event: object): Promise<{ status: number; body: { result?: string; error?: string } }> {
  const res = await POST(signedWebhookRequest(event, WEBHOOK_SECRET));
  return { status: res.status, body: await res.json() };
}

export const completedEvent = (fake: FakeStripe, sessionId: string) => stripeEvent("checkout.session.completed", structuredClone(fake.completeSession(sessionId)));
export const expiredEvent = (fake: FakeStripe, sessionId: string) => stripeEvent("checkout.session.expired", { ...structuredClone(fake.sessions.get(sessionId)!), status: "expired" });
export function refundedEvent(fake: FakeStripe, sessionId: string, refunded = true) {
  const session = fake.completeSession(sessionId);
  return stripeEvent("charge.refunded", { id: `ch_${sessionId}`, object: "charge", payment_intent: session.payment_intent, refunded, amount: session.amount_total, amount_refunded: refunded ? session.amount_total : 100, metadata: session.metadata });
}
