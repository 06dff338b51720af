import type { Prisma } from "@/lib/db/client";
import { upsertCustomerByEmail } from "@/lib/customers/upsert-customer-by-email";

/** The org's Customer with this email, created with source BOOKING when there is none (see upsertCustomerByEmail). */
export async function findOrCreateBookingCustomer(tx: Prisma.TransactionClient, options: { orgId: string; email: string; name: string; phone?: string | null }): Promise<{ id: string }> {
  return upsertCustomerByEmail(tx, { ...options, source: "BOOKING" });
}
