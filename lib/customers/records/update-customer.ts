import { orgDb } from "@/lib/db/org-db";
import { AppError } from "@/lib/errors";
import { customerAuditRow } from "./customer-audit";
import { duplicateError, findDuplicateFields } from "./find-duplicate-fields";
import type { CustomerFields } from "./customer-fields";
import { isCustomerId } from "./get-customer";

const fieldNames = ["name", "email", "phone", "telegramUserId", "tags", "notes"] as const satisfies readonly (keyof CustomerFields)[];

/** The names of the fields that differ (tags compared as lists). */
export function changedFields(before: CustomerFields, after: CustomerFields): (keyof CustomerFields)[] {
  return fieldNames.filter((k) => (k === "tags" ? before.tags.join("\u0000") !== after.tags.join("\u0000") : before[k] !== after[k]));
}

/** Replaces a customer's editable fields. Only a customer of `orgId` is touched; any other id is NOT_FOUND. */
export async function updateCustomer({ orgId, actorUserId, customerId, fields }: { orgId: string; actorUserId: string | null; customerId: string; fields: CustomerFields }) {
  if (!isCustomerId(customerId)) throw new AppError("NOT_FOUND", "Customer not found.");
  try {
    return await orgDb(orgId).$transaction(async (tx) => {
      const before = await tx.customer.findFirst({
        where: { id: customerId },
        select: { name: true, email: true, phone: true, telegramUserId: true, tags: true, notes: true },
      });
      if (!before) throw new AppError("NOT_FOUND", "Customer not found.");
      const duplicate = await findDuplicateFields(tx, { orgId, fields, exceptId: customerId });
      if (duplicate) throw duplicate;
      const changed = changedFields(before, fields);
      if (changed.length === 0) return { id: customerId, changed };
      const { count } = await tx.customer.updateMany({ where: { id: customerId }, data: fields });
      if (count !== 1) throw new AppError("NOT_FOUND", "Customer not found.");
      await tx.auditLog.create({ data: customerAuditRow({ orgId, actorUserId, action: "customer.updated", customerId, data: { changed, via: "form" } }) });
      return { id: customerId, changed };
    });
  } catch (err) {
    throw duplicateError(err) ?? err;
  }
}
