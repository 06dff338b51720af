"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { idField } from "@/lib/shared/form-fields";
import { dayRangesField, localDateField, weeklyHoursField } from "@/lib/booking";
import { deleteDateOverride, saveWeeklyHours, upsertDateOverride } from "@/lib/booking";
import { createStaffMember, setStaffActive, updateStaffMember } from "@/lib/booking";
import { staffFieldsSchema } from "@/lib/booking";
import { orgAction } from "@/lib/safe-action";

// Server actions of Bookings -> Staff. Details and (de)activation: OWNER/ADMIN. Hours and date
// overrides: any member, and the domain lets a STAFF member change only their own.
const staffMemberId = idField("Staff member");
const staffPath = (slug: string, id?: string) => `/${slug}/bookings/staff${id ? `/${id}` : ""}`;

export const createStaffAction = orgAction({ schema: staffFieldsSchema, role: "ADMIN" }, async (fields, ctx) => {
  const staff = await createStaffMember({ orgId: ctx.orgId, actorUserId: ctx.userId, fields });
  revalidatePath(staffPath(ctx.slug));
  redirect(`${staffPath(ctx.slug, staff.id)}?created=1`);
});

export const updateStaffAction = orgAction({ schema: staffFieldsSchema.extend({ id: staffMemberId }), role: "ADMIN" }, async ({ id, ...fields }, ctx) => {
  await updateStaffMember({ orgId: ctx.orgId, actorUserId: ctx.userId, staffMemberId: id, fields });
  revalidatePath(staffPath(ctx.slug));
  redirect(staffPath(ctx.slug, id));
});

export const setStaffActiveAction = orgAction({ schema: z.object({ id: staffMemberId, active: z.enum(["1", "0"]) }), role: "ADMIN" }, async ({ id, active }, ctx) => {
  await setStaffActive({ orgId: ctx.orgId, actorUserId: ctx.userId, staffMemberId: id, active: active === "1" });
  revalidatePath(staffPath(ctx.slug));
  revalidatePath(staffPath(ctx.slug, id));
  return { ok: true as const, message: active === "1" ? "Staff member is active again." : "Staff member deactivated. They are no longer offered for bookings." };
});

export const saveWeeklyHoursAction = orgAction({ schema: z.object({ id: staffMemberId, hours: weeklyHoursField }) }, async ({ id, hours }, ctx) => {
  const { rules } = await saveWeeklyHours({ actor: ctx, staffMemberId: id, hours });
  revalidatePath(staffPath(ctx.slug, id));
  return { ok: true as const, message: rules ? "Working hours saved." : "Working hours saved: no hours set, so no slots are offered." };
});

const overrideSchema = z.object({ id: staffMemberId, date: localDateField, kind: z.enum(["off", "hours"], "Choose a day off or special hours"), ranges: dayRangesField.optional() }).superRefine((v, c) => {
  if (v.kind === "hours" && !v.ranges?.length) c.addIssue({ code: "custom", path: ["ranges"], message: "Add at least one range, or choose a day off" });
});

export const upsertOverrideAction = orgAction({ schema: overrideSchema }, async ({ id, date, kind, ranges }, ctx) => {
  await upsertDateOverride({ actor: ctx, staffMemberId: id, date, ranges: kind === "off" ? [] : (ranges ?? []) });
  revalidatePath(staffPath(ctx.slug, id));
  return { ok: true as const, message: kind === "off" ? `${date} is a day off.` : `Special hours saved for ${date}.` };
});

export const deleteOverrideAction = orgAction({ schema: z.object({ id: staffMemberId, overrideId: idField("Override") }) }, async ({ id, overrideId }, ctx) => {
  await deleteDateOverride({ actor: ctx, staffMemberId: id, overrideId });
  revalidatePath(staffPath(ctx.slug, id));
  return { ok: true as const, message: "Override removed." };
});
