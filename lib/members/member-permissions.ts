import type { Role } from "@/lib/db/generated/enums";

// Who may do what to whom inside an organization. Pure, so the rules are tested on their own;
// the domain functions apply them to roles read inside their transaction.

/** Roles `actor` may hand out in an invitation: owners any, admins admin or staff, staff none. */
export function invitableRoles(actor: Role): Role[] {
  if (actor === "OWNER") return ["OWNER", "ADMIN", "STAFF"];
  if (actor === "ADMIN") return ["ADMIN", "STAFF"];
  return [];
}

export function canInvite(actor: Role, role: Role): boolean {
  return invitableRoles(actor).includes(role);
}

/** Revoking follows inviting: an admin cannot cancel an owner invitation. */
export const canRevokeInvitation = canInvite;

/** Only owners change roles. */
export function canChangeRoles(actor: Role): boolean {
  return actor === "OWNER";
}

/** Owners remove anyone; admins remove staff; anyone may remove themselves (leave). */
export function canRemove(actor: Role, target: Role, self = false): boolean {
  if (self) return true;
  if (actor === "OWNER") return true;
  return actor === "ADMIN" && target === "STAFF";
}

export const lastOwnerMessage = "An organization needs at least one owner. Make another member an owner first.";
