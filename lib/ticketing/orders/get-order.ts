import { orgDb } from "@/lib/db/org-db";
import { AppError } from "@/lib/errors";

/** A ticket order of the org with its items, tickets (and who checked them in), customer and Stripe ids; another org's id is NOT_FOUND. */
export async function getOrder({ orgId, orderId }: { orgId: string; orderId: string }) {
  const order = await orgDb(orgId).order.findFirst({
    where: { id: orderId, kind: "TICKET" },
    select: {
      id: true,
      status: true,
      amount: true,
      discount: true,
      currency: true,
      createdAt: true,
      paidAt: true,
      updatedAt: true,
      buyerName: true,
      buyerEmail: true,
      stripeCheckoutSessionId: true,
      stripePaymentIntentId: true,
      customer: { select: { id: true, name: true, email: true } },
      event: { select: { id: true, title: true, startsAt: true, timeZone: true } },
      promoCode: { select: { code: true } },
      items: { orderBy: { id: "asc" }, select: { id: true, quantity: true, unitPrice: true, discount: true, ticketType: { select: { name: true } } } },
      tickets: {
        orderBy: { createdAt: "asc" },
        select: { id: true, code: true, attendeeName: true, attendeeEmail: true, amountPaid: true, status: true, checkedInAt: true, ticketType: { select: { name: true } }, checkedInBy: { select: { name: true, email: true } } },
      },
    },
  });
  if (!order) throw new AppError("NOT_FOUND", "Order not found.");
  return order;
}

export type OrderDetail = Awaited<ReturnType<typeof getOrder>>;
