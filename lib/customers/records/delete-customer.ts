import { orgDb } from "@/lib/db/org-db";
import { AppError } from "@/lib/errors";
import { customerAuditRow } from "./customer-audit";
import { isCustomerId } from "./get-customer";

const hasOrdersMessage = (name: string, n: number) => `${name} has ${n} order${n === 1 ? "" : "s"} and cannot be deleted: orders are the purchase log and must keep their customer.`;

/** Deletes a customer of `orgId` that has no orders; anything else changes nothing. */
export async function deleteCustomer({ orgId, actorUserId, customerId }: { orgId: string; actorUserId: string | null; customerId: string }) {
  if (!isCustomerId(customerId)) throw new AppError("NOT_FOUND", "Customer not found.");
  try {
    return await orgDb(orgId).$transaction(async (tx) => {
      const customer = await tx.customer.findFirst({
        where: { id: customerId },
        select: { id: true, name: true, email: true, _count: { select: { orders: true } } },
      });
      if (!customer) throw new AppError("NOT_FOUND", "Customer not found.");
      if (customer._count.orders > 0) throw new AppError("CONFLICT", hasOrdersMessage(customer.name, customer._count.orders));
      const { count } = await tx.customer.deleteMany({ where: { id: customerId } });
      if (count !== 1) throw new AppError("NOT_FOUND", "Customer not found.");
      await tx.auditLog.create({ data: customerAuditRow({ orgId, actorUserId, action: "customer.deleted", customerId, data: { name: customer.name, email: customer.email } }) });
      return { id: customerId, name: customer.name };
    });
  } catch (err) {
    // An order written between the check and the delete: the foreign key refuses, same answer.
    if ((err as { code?: string })?.code === "P2003") throw new AppError("CONFLICT", "This customer has orders and cannot be deleted.");
    throw err;
  }
}
