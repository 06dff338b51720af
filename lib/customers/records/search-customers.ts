import { z } from "zod";
import { orgDb } from "@/lib/db/org-db";
import { customerWhere } from "./customer-filters";

// A handful of the org's customers matching a search, for pickers (the manual booking's client).
export const customerSearchSchema = z.object({ q: z.string().trim().min(1, "Type a name, email or phone").max(200, "Search must be at most 200 characters") });

export async function searchCustomers({ orgId, q, take = 8 }: { orgId: string; q: string; take?: number }) {
  return orgDb(orgId).customer.findMany({
    where: customerWhere(orgId, { q }),
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take,
    select: { id: true, name: true, email: true, phone: true },
  });
}
