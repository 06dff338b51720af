import { db } from "@/lib/db/client";
import { pageOf } from "@/lib/shared/pagination";
import { orgDb } from "@/lib/db/org-db";
import { customerWhere, type CustomerFilters } from "./customer-filters";
import { getCustomerSpend } from "../profile/get-customer-spend";

export const CUSTOMERS_PAGE_SIZE = 25;

export const customerListSelect = {
  id: true,
  name: true,
  email: true,
  phone: true,
  tags: true,
  source: true,
  createdAt: true,
} as const;

/** One page of an org's customers, newest first, with what each spent. */
export async function listCustomers({ orgId, currency, filters, page = 1, pageSize = CUSTOMERS_PAGE_SIZE }: { orgId: string; currency: string; filters: CustomerFilters; page?: number; pageSize?: number }) {
  const where = customerWhere(orgId, filters);
  const total = await orgDb(orgId).customer.count({ where });
  const { page: current, pageCount, skip, take } = pageOf(total, page, pageSize);
  const rows = await orgDb(orgId).customer.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip,
    take,
    select: customerListSelect,
  });
  const spend = await getCustomerSpend({ orgId, currency, customerIds: rows.map((r) => r.id) });
  return {
    items: rows.map((r) => ({ ...r, spend: spend.get(r.id) ?? { paidOrders: 0, totals: [] } })),
    total,
    page: current,
    pageCount,
  };
}

/** Does the org have any customer at all? Tells "no customers yet" from "no matches". */
export async function countCustomers({ orgId }: { orgId: string }) {
  return orgDb(orgId).customer.count();
}

/** Every tag in use in the org, for the tag filter. */
export async function listCustomerTags({ orgId }: { orgId: string }): Promise<string[]> {
  const rows = await db.$queryRaw<{ tag: string }[]>`SELECT DISTINCT unnest("tags") AS tag FROM "Customer" WHERE "orgId" = ${orgId} ORDER BY 1 LIMIT 500`;
  return rows.map((r) => r.tag);
}
