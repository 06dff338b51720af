import type { Prisma } from "@/lib/db/client";
import { AppError, isUniqueViolation } from "@/lib/errors";

// What campaigns and segments share: a name unique per org, compared ignoring case (so "Spring"
// and "spring" cannot both exist), a clash reported as a field error, also when a concurrent save
// wins the unique index; and one audit row shape per change.

export const duplicateNameError = (thing: string) => new AppError("CONFLICT", "Please check the highlighted fields.", { name: `A ${thing} with this name already exists` });

/** The where of "another row with this name" (not `exceptId`, the row being saved). */
export const sameNameWhere = (name: string, exceptId?: string) => ({ name: { equals: name, mode: "insensitive" as const }, ...(exceptId ? { id: { not: exceptId } } : {}) });

/** Runs a save; the unique index's refusal of the name becomes the same field error as the check. */
export async function savingUniqueName<T>(thing: string, save: () => Promise<T>): Promise<T> {
  try {
    return await save();
  } catch (err) {
    if (isUniqueViolation(err, "name")) throw duplicateNameError(thing);
    throw err;
  }
}

export const auditRowFor = (targetType: string) => (orgId: string, actorUserId: string | null, action: string, targetId: string, data?: Prisma.InputJsonValue) => ({ orgId, actorUserId, action, targetType, targetId, data });
