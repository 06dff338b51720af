import { notFound } from "next/navigation";
import { getStaffMember } from "@/lib/booking";
import { AppError } from "@/lib/errors";

/** The staff member of this org, or the 404 page. */
export async function loadStaffOr404(args: { orgId: string; staffMemberId: string }) {
  try {
    return await getStaffMember(args);
  } catch (err) {
    if (err instanceof AppError && err.code === "NOT_FOUND") notFound();
    throw err;
  }
}
