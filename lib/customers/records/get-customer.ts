import { orgDb } from "@/lib/db/org-db";
import { AppError } from "@/lib/errors";

// One customer of one org. The id alone is never trusted: the org is always in the where, so
// an id from another org is NOT_FOUND, exactly like an id that does not exist.
export const customerPublicSelect = {
  id: true,
  name: true,
  email: true,
  phone: true,
  telegramUserId: true,
  tags: true,
  notes: true,
  source: true,
  createdAt: true,
  updatedAt: true,
} as const;

export const isCustomerId = (id: unknown): id is string => typeof id === "string" && id.length > 0 && id.length <= 64;

export async function getCustomer({ orgId, customerId }: { orgId: string; customerId: string }) {
  if (!isCustomerId(customerId)) throw new AppError("NOT_FOUND", "Customer not found.");
  const customer = await orgDb(orgId).customer.findFirst({ where: { id: customerId }, select: customerPublicSelect });
  if (!customer) throw new AppError("NOT_FOUND", "Customer not found.");
  return customer;
}

export type CustomerDetail = Awaited<ReturnType<typeof getCustomer>>;

/** The JSON shape for the API: BigInt as a string, dates as ISO strings. */
export function customerToJson(c: CustomerDetail) {
  return {
    id: c.id,
    name: c.name,
    email: c.email,
    phone: c.phone,
    telegramUserId: c.telegramUserId?.toString() ?? null,
    tags: c.tags,
    notes: c.notes,
    source: c.source,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}

/**
 * Customers in id order after `after` (the API's cursor pagination and sync): `limit + 1` rows, so
 * the caller knows whether another page follows; `updatedSince` keeps those changed since then.
 */
export async function listCustomersAfter({ orgId, limit, after, updatedSince }: { orgId: string; limit: number; after?: string; updatedSince?: Date }) {
  return orgDb(orgId).customer.findMany({
    where: { ...(after ? { id: { gt: after } } : {}), ...(updatedSince ? { updatedAt: { gte: updatedSince } } : {}) },
    orderBy: { id: "asc" },
    take: limit + 1,
    select: customerPublicSelect,
  });
}
