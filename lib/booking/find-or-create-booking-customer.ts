import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/errors";

/**
 * The org's Customer with this email, created (source BOOKING) when there is none; an existing
 * one gets the name/phone it lacks. Two bookings creating the same customer at once: the loser
 * of the unique (orgId, email) race reads the winner's row.
 */
export async function findOrCreateBookingCustomer(options: { orgId: string; email: string; name: string; phone?: string | null }): Promise<{ id: string }> {
  const { orgId, name } = options;
  const email = options.email.trim().toLowerCase();
  const phone = options.phone || null;
  for (let attempt = 0; attempt < 3; attempt++) {
    const existing = await db.customer.findUnique({ where: { orgId_email: { orgId, email } }, select: { id: true, name: true, phone: true } });
    if (existing) {
      const fill: { name?: string; phone?: string } = {};
      if (!existing.name.trim()) fill.name = name;
      if (!existing.phone && phone) fill.phone = phone;
      if (Object.keys(fill).length) await db.customer.update({ where: { id: existing.id }, data: fill });
      return { id: existing.id };
    }
    try {
      return await db.customer.create({ data: { orgId, email, name, phone, source: "BOOKING" }, select: { id: true } });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err; // another booking created them first: read theirs
    }
  }
  throw new Error(`Could not find or create the customer ${email}`);
}
