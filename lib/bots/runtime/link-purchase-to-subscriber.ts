import { upsertCustomerByEmail } from "@/lib/customers";
import type { Prisma } from "@/lib/db/client";
import type { CustomerSource } from "@/lib/db/generated/enums";
import { isUniqueViolation } from "@/lib/errors";
import { verifySubscriberRef } from "./sign-subscriber-ref";

// A purchase (ticket order, booking) made from a link the bot sent carries `?ref=`: the signed id
// of the subscriber who clicked. It joins the purchase to that person's customer record, inside
// the purchase's transaction. A ref that does not verify, or names a subscriber of another org, is
// ignored (the purchase goes on as an anonymous one, never an error); only a verified ref is
// returned, for the caller to store (Order.botRef, Booking.botRef) and to message that chat.
//
// Which customer gets the purchase:
// - the buyer's email belongs to no customer yet: the subscriber's customer (the one the bot
//   created from Telegram), whose empty email and phone are filled in. One person, one record.
// - the email already belongs to a customer (the buyer bought before, or typed someone else's
//   address): that customer keeps the purchase, as without the bot. We never merge two existing
//   customers here; the subscriber is linked to that customer only when it has none.
// The ref's own customerId is not trusted for this: it may be stale; the subscriber row decides.
type Purchase = { orgId: string; ref: string | null | undefined; email: string; name: string; phone?: string | null; source: CustomerSource };

export type LinkedPurchase = { id: string; botRef: string | null };

export async function linkPurchaseToSubscriber(tx: Prisma.TransactionClient, purchase: Purchase): Promise<LinkedPurchase> {
  const { orgId, ref, ...buyer } = purchase;
  const subscriber = await findRefSubscriber(tx, { orgId, ref });
  if (!subscriber) return { ...(await upsertCustomerByEmail(tx, { orgId, ...buyer })), botRef: null };
  const email = buyer.email.trim().toLowerCase();
  const owner = await tx.customer.findUnique({ where: { orgId_email: { orgId, email } }, select: { id: true } });
  if (!owner && subscriber.customerId && (await fillContact(tx, { orgId, customerId: subscriber.customerId, email, phone: buyer.phone ?? null }))) {
    return { id: subscriber.customerId, botRef: ref! };
  }
  const customer = owner ?? (await upsertCustomerByEmail(tx, { orgId, ...buyer }));
  if (!subscriber.customerId) await tx.botSubscriber.updateMany({ where: { id: subscriber.id, orgId, customerId: null }, data: { customerId: customer.id } });
  return { id: customer.id, botRef: ref! };
}

/** The subscriber a ref names when it verifies and belongs to this org; null otherwise. */
export async function findRefSubscriber(tx: Prisma.TransactionClient, { orgId, ref }: { orgId: string; ref: string | null | undefined }) {
  const verified = verifySubscriberRef(ref);
  if (!verified) return null;
  // A sandbox's simulated user is not a customer: a purchase from its link stays the buyer's own.
  return tx.botSubscriber.findFirst({ where: { id: verified.subscriberId, orgId, bot: { status: { not: "SANDBOX" } } }, select: { id: true, customerId: true } });
}

// The email is unique per org: a concurrent purchase may have just given it to a new customer.
// Then the savepoint undoes the attempt and the caller takes the email's customer instead.
async function fillContact(tx: Prisma.TransactionClient, { orgId, customerId, email, phone }: { orgId: string; customerId: string; email: string; phone: string | null }): Promise<boolean> {
  await tx.$executeRawUnsafe("SAVEPOINT link_purchase_email");
  try {
    await tx.customer.updateMany({ where: { id: customerId, orgId, email: null }, data: { email } });
    if (phone) await tx.customer.updateMany({ where: { id: customerId, orgId, phone: null }, data: { phone } });
    await tx.$executeRawUnsafe("RELEASE SAVEPOINT link_purchase_email");
    return true;
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT link_purchase_email");
    return false;
  }
}
