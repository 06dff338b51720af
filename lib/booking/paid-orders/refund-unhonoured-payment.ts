import { db } from "@/lib/db/client";
import { sendEmail } from "@/lib/email/send-email";
import { lockOrder } from "@/lib/orders";
import { refundOrder } from "@/lib/orders";
import { bookingAuditRow } from "../lifecycle/booking-audit";
import { appUrl } from "@/lib/shared/app-url";

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// A payment that arrived for a booking we could not keep (its hold expired and the time was
// taken, or it was canceled meanwhile): refund it in full and tell the client. Runs after the
// webhook's commit and again from the hold sweep (safety net), so it acts only while the order
// is still PAID; refundOrder itself is idempotent at Stripe.
export async function refundUnhonouredPayment(bookingId: string): Promise<boolean> {
  const booking = await db.booking.findUnique({
    where: { id: bookingId },
    select: {
      status: true,
      orgId: true,
      clientName: true,
      clientEmail: true,
      clientTimeZone: true,
      startsAt: true,
      order: { select: { id: true, status: true, amount: true, currency: true } },
      service: { select: { name: true, slug: true } },
      org: { select: { name: true, slug: true } },
    },
  });
  if (!booking?.order || booking.order.status !== "PAID" || !["EXPIRED", "CANCELED", "DECLINED"].includes(booking.status)) return false;
  const orderId = booking.order.id;
  // Under the order's lock, so of two runs at once (webhook and sweep) one refunds, records and emails.
  const refunded = await db.$transaction(
    async (tx) => {
      if ((await lockOrder(tx, { id: orderId }))?.status !== "PAID") return false;
      await refundOrder(orderId, "The booked time was no longer available when the payment arrived.", tx);
      await tx.auditLog.create({
        data: bookingAuditRow({
          orgId: booking.orgId,
          by: "system",
          action: "booking.refunded",
          bookingId,
          data: { reason: booking.status === "EXPIRED" ? "Paid after the hold ran out and the time was taken" : "Paid after the booking was canceled" },
        }),
      });
      return true;
    },
    { maxWait: 15_000, timeout: 30_000 },
  );
  if (!refunded) return false;
  const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "full", timeStyle: "short", timeZone: booking.clientTimeZone }).format(booking.startsAt);
  const amount = new Intl.NumberFormat("en", { style: "currency", currency: booking.order.currency }).format(booking.order.amount / 100);
  const rebook = appUrl(`/book/${booking.org.slug}/${booking.service.slug}`);
  const why = booking.status === "EXPIRED" ? "reached us after your reservation had run out, and that time has since been booked by someone else" : "reached us after the booking had been canceled";
  const text = `Hello ${booking.clientName}, your payment for ${booking.service.name} on ${when} ${why}. We have refunded ${amount} in full to your card (it can take 5-10 days to show). You are welcome to pick another time: ${rebook}`;
  await sendEmail({
    orgId: booking.orgId,
    to: booking.clientEmail,
    subject: `${booking.org.name}: ${booking.status === "EXPIRED" ? "that time was taken" : "booking canceled"}, your payment is refunded`,
    html: `<!doctype html><html><body style="font-family:system-ui,sans-serif"><p>Hello ${escape(booking.clientName)},</p><p>Your payment for <b>${escape(booking.service.name)}</b> on ${escape(when)} ${why}.</p><p>We have refunded <b>${escape(amount)}</b> in full to your card (it can take 5-10 days to show).</p><p><a href="${escape(rebook)}">Pick another time</a></p><p>${escape(booking.org.name)}</p></body></html>`,
    text,
  });
  return true;
}
