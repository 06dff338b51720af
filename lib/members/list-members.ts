import { orgDb } from "@/lib/db/org-db";

const roleOrder = { OWNER: 0, ADMIN: 1, STAFF: 2 } as const;

/** Members (owners first) and invitations not yet accepted (expired ones included, marked by date). */
export async function listMembers({ orgId }: { orgId: string }) {
  const [members, invitations] = await Promise.all([
    orgDb(orgId).membership.findMany({
      orderBy: { createdAt: "asc" },
      select: { id: true, role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
    }),
    orgDb(orgId).invitation.findMany({
      where: { acceptedAt: null },
      orderBy: { createdAt: "desc" },
      select: { id: true, email: true, role: true, createdAt: true, expiresAt: true },
    }),
  ]);
  members.sort((a, b) => roleOrder[a.role] - roleOrder[b.role]);
  return { members, invitations };
}
