import { orgDb } from "@/lib/db/org-db";
import type { CustomerSource } from "@/lib/db/generated/enums";
import { customerAuditRow } from "./customer-audit";
import { duplicateError, findDuplicateFields } from "./find-duplicate-fields";
import type { CustomerFields } from "./customer-fields";

/** Creates a customer of the org and its audit row; a taken email or Telegram id is a field error. */
export async function createCustomer({ orgId, actorUserId, fields, source = "MANUAL" }: { orgId: string; actorUserId: string | null; fields: CustomerFields; source?: CustomerSource }) {
  try {
    return await orgDb(orgId).$transaction(async (tx) => {
      const duplicate = await findDuplicateFields(tx, { orgId, fields });
      if (duplicate) throw duplicate;
      const customer = await tx.customer.create({ data: { orgId, ...fields, source }, select: { id: true } });
      await tx.auditLog.create({ data: customerAuditRow({ orgId, actorUserId, action: "customer.created", customerId: customer.id, data: { name: fields.name, via: "form" } }) });
      return customer;
    });
  } catch (err) {
    throw duplicateError(err) ?? err;
  }
}
