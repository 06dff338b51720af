import { notFound } from "next/navigation";
import type { Role } from "@/lib/db/generated/enums";
import { requireUserId } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { hasRole } from "@/lib/roles";
import { resolveOrg, type OrgContext } from "./org-context";

/** For pages under /[org]: signed-in member or a 404 page; a lower role sees a 404 too. */
export async function requireOrgPage(slug: string, role: Role = "STAFF"): Promise<OrgContext> {
  const userId = await requireUserId();
  try {
    const ctx = await resolveOrg(userId, decodeURIComponent(slug));
    if (!hasRole(ctx.role, role)) notFound();
    return ctx;
  } catch (err) {
    if (err instanceof AppError && err.code === "NOT_FOUND") notFound();
    throw err;
  }
}
