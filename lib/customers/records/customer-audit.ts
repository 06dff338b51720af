import type { Prisma } from "@/lib/db/client";

// The AuditLog row every customer change writes (create, update, delete, import).
export type CustomerAuditAction = "customer.created" | "customer.updated" | "customer.deleted";

export function customerAuditRow({ orgId, actorUserId, action, customerId, data }: { orgId: string; actorUserId: string | null; action: CustomerAuditAction; customerId: string; data?: Prisma.InputJsonValue }) {
  return { orgId, actorUserId, action, targetType: "Customer", targetId: customerId, data };
}
