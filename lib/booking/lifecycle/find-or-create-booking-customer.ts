import { linkPurchaseToSubscriber, type LinkedPurchase } from "@/lib/bots";
import type { Prisma } from "@/lib/db/client";

/**
 * The org's Customer with this email, created with source BOOKING when there is none (see
 * upsertCustomerByEmail); with a bot link's `ref`, the clicking subscriber's customer as
 * linkPurchaseToSubscriber decides, and the verified ref to keep on the booking.
 */
export async function findOrCreateBookingCustomer(tx: Prisma.TransactionClient, options: { orgId: string; email: string; name: string; phone?: string | null; ref?: string | null }): Promise<LinkedPurchase> {
  return linkPurchaseToSubscriber(tx, { ...options, ref: options.ref, source: "BOOKING" });
}
