import type { Prisma } from "@/lib/db/client";
import { AppError, isUniqueViolation } from "@/lib/errors";
import type { CustomerFields } from "./customer-fields";

// Email and Telegram id are unique per org: checked before writing (both fields reported at
// once), and a violation from a concurrent write mapped to the same field errors.
export const duplicateMessages = {
  email: "A customer with this email already exists",
  telegramUserId: "A customer with this Telegram user id already exists",
} as const;

/** Field errors for an email / Telegram id already used by another customer of the org. */
export async function findDuplicateFields(tx: Prisma.TransactionClient, { orgId, fields, exceptId }: { orgId: string; fields: Pick<CustomerFields, "email" | "telegramUserId">; exceptId?: string }) {
  const or: Prisma.CustomerWhereInput[] = [];
  if (fields.email) or.push({ email: fields.email });
  if (fields.telegramUserId !== null) or.push({ telegramUserId: fields.telegramUserId });
  if (or.length === 0) return null;
  const others = await tx.customer.findMany({
    where: { orgId, OR: or, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { email: true, telegramUserId: true },
    take: 2,
  });
  const errors: Record<string, string> = {};
  if (fields.email && others.some((o) => o.email === fields.email)) errors.email = duplicateMessages.email;
  if (fields.telegramUserId !== null && others.some((o) => o.telegramUserId === fields.telegramUserId)) errors.telegramUserId = duplicateMessages.telegramUserId;
  return Object.keys(errors).length ? new AppError("CONFLICT", "Please check the highlighted fields.", errors) : null;
}

/** A unique violation that slipped past the check (a concurrent write) as the same field error. */
export function duplicateError(err: unknown): AppError | null {
  if (isUniqueViolation(err, "email")) return new AppError("CONFLICT", "Please check the highlighted fields.", { email: duplicateMessages.email });
  if (isUniqueViolation(err, "telegramUserId")) return new AppError("CONFLICT", "Please check the highlighted fields.", { telegramUserId: duplicateMessages.telegramUserId });
  return null;
}
