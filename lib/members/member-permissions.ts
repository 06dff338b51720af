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

/**
 * An invitation belongs to the address it was sent to: only an account with that email (any case)
 * may accept it, so a forwarded or leaked link does not hand its role to whoever holds it.
 */
export function isInvitedEmail(invitedEmail: string, userEmail: string | null | undefined): boolean {
  return typeof userEmail === "string" && userEmail.trim().toLowerCase() === invitedEmail.trim().toLowerCase();
}

export function wrongAccountMessage(invitedEmail: string, userEmail: string): string {
  return `This invitation was sent to ${invitedEmail}. You are signed in as ${userEmail}: sign in as ${invitedEmail} to accept it.`;
}

export const lastOwnerMessage = "An organization needs at least one owner. Make another member an owner first.";
