import { db } from "@/lib/db/client";
import { sendEmail } from "@/lib/email/send-email";
import { escape, layout } from "@/lib/email/templates";
import { formatMoney } from "@/lib/format";
import { refundOrder } from "@/lib/orders";
import { appUrl } from "@/lib/shared/app-url";

// A payment that arrived for seats we could not give (the hold had expired and the tickets sold
// out meanwhile or the event ended, or the event was canceled): refund it in full and tell the buyer. Runs after the
// webhook's commit and again from the hold sweep (safety net), so it acts only on a PAID order
// that issued no tickets; refundOrder itself is idempotent at Stripe.
export async function refundUnhonouredTicketOrder(orderId: string): Promise<boolean> {
  const order = await db.order.findUnique({
    where: { id: orderId },
    select: {
      orgId: true,
      kind: true,
      status: true,
      amount: true,
      currency: true,
      buyerName: true,
      buyerEmail: true,
      _count: { select: { tickets: true } },
      event: { select: { title: true, slug: true, status: true, endsAt: true } },
      org: { select: { name: true } },
    },
  });
  if (!order || order.kind !== "TICKET" || order.status !== "PAID" || order._count.tickets > 0 || !order.event) return false;
  await refundOrder(orderId, "The tickets were no longer available when the payment arrived.");
  if (!order.buyerEmail) return true;
  const amount = formatMoney(order.amount, order.currency);
  const why = order.event.status === "CANCELED" ? "the event has been canceled" : order.event.endsAt <= new Date() ? "your reservation had run out and the event is over" : "your reservation had run out and the tickets sold out in the meantime";
  const eventUrl = appUrl(`/e/${order.event.slug}`);
  const intro = `Your payment for ${order.event.title} reached us after ${why}. We have refunded ${amount} in full to your card (it can take 5-10 days to show).`;
  await sendEmail({
    orgId: order.orgId,
    to: order.buyerEmail,
    subject: `${order.org.name}: your payment for ${order.event.title} is refunded`,
    html: layout("Your payment is refunded", `<p>Hi ${escape(order.buyerName ?? "")},</p><p>${escape(intro)}</p>`, order.event.status === "CANCELED" ? undefined : { label: "See the event", url: eventUrl }),
    text: `Hi ${order.buyerName ?? ""},\n\n${intro}\n\n${eventUrl}`,
  });
  return true;
}
