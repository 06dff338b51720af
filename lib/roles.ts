import type { Role } from "@/lib/db/generated/enums";

const rank: Record<Role, number> = { STAFF: 1, ADMIN: 2, OWNER: 3 };

export const roles: Role[] = ["OWNER", "ADMIN", "STAFF"];

export function hasRole(actual: Role, required: Role): boolean {
  return rank[actual] >= rank[required];
}
