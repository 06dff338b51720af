import { db } from "@/lib/db/client";
import { orgDb } from "@/lib/db/org-db";
import { AppError } from "@/lib/errors";
import { hasRole } from "@/lib/roles";
import type { OrgContext } from "@/lib/tenancy/org-context";
import type { TimeRange } from "../types";
import { weeklyHoursToRules, type WeeklyHours } from "./hours-fields";
import { localToday } from "./list-staff";
import { staffAuditRow } from "./save-staff";

// Working hours of one staff member: the weekly rules (replaced as a whole) and date
// overrides. OWNER/ADMIN manage anyone's; a STAFF member only their own (linked by user).
type Actor = Pick<OrgContext, "orgId" | "userId" | "role">;

/** The staff member of the actor's org whose hours the actor may edit, or NOT_FOUND/FORBIDDEN. */
export async function assertCanEditHours(actor: Actor, staffMemberId: string) {
  const staff = await orgDb(actor.orgId).staffMember.findFirst({ where: { id: staffMemberId }, select: { id: true, userId: true, timeZone: true } });
  if (!staff) throw new AppError("NOT_FOUND", "Staff member not found.");
  if (!hasRole(actor.role, "ADMIN") && staff.userId !== actor.userId) throw new AppError("FORBIDDEN", "You can only change your own working hours.");
  return staff;
}

/** Replaces every weekly rule of the staff member in one transaction. */
export async function saveWeeklyHours({ actor, staffMemberId, hours }: { actor: Actor; staffMemberId: string; hours: WeeklyHours }) {
  await assertCanEditHours(actor, staffMemberId);
  const rules = weeklyHoursToRules(hours);
  const scoped = orgDb(actor.orgId);
  await scoped.$transaction([
    scoped.availabilityRule.deleteMany({ where: { staffMemberId, staffMember: { orgId: actor.orgId } } }),
    scoped.availabilityRule.createMany({ data: rules.map((r) => ({ ...r, staffMemberId })) }),
    scoped.auditLog.create({ data: staffAuditRow(actor.orgId, actor.userId, "staff.hours_saved", staffMemberId, { rules: rules.length }) }),
  ]);
  return { rules: rules.length };
}

/** A day off (`ranges: []`) or special hours on one staff-local date; replaces that date's override. */
export async function upsertDateOverride({ actor, staffMemberId, date, ranges }: { actor: Actor; staffMemberId: string; date: string; ranges: TimeRange[] }) {
  const staff = await assertCanEditHours(actor, staffMemberId);
  if (date < localToday(staff.timeZone)) throw new AppError("BAD_INPUT", undefined, { date: "Choose today or a later date" });
  const json = ranges.map((r) => ({ start: r.start, end: r.end }));
  return db.dateOverride.upsert({
    where: { staffMemberId_date: { staffMemberId, date } },
    create: { staffMemberId, date, ranges: json },
    update: { ranges: json },
    select: { id: true, date: true },
  });
}

export async function deleteDateOverride({ actor, staffMemberId, overrideId }: { actor: Actor; staffMemberId: string; overrideId: string }) {
  await assertCanEditHours(actor, staffMemberId);
  const { count } = await db.dateOverride.deleteMany({ where: { id: overrideId, staffMemberId } });
  if (count !== 1) throw new AppError("NOT_FOUND", "Override not found.");
}
