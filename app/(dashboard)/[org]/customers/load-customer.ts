import { notFound } from "next/navigation";
import { getCustomer } from "@/lib/customers";
import { AppError } from "@/lib/errors";

/** A customer of the org for a page, or the 404 page (another org's id looks like no id at all). */
export async function loadCustomerOr404({ orgId, customerId }: { orgId: string; customerId: string }) {
  try {
    return await getCustomer({ orgId, customerId });
  } catch (err) {
    if (err instanceof AppError && err.code === "NOT_FOUND") notFound();
    throw err;
  }
}
