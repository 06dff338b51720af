import { z } from "zod";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { currencyField, orgNameField, timezoneField } from "./org-fields";

// The name also lands in email subjects and Telegram messages: plain text only, no control
// characters (Postgres refuses NUL bytes, which would otherwise surface as a server error).
export const orgSettingsSchema = z.object({
  name: orgNameField.refine((s) => !/[\u0000-\u001f\u007f]/.test(s), "Remove control characters from the name").refine((s) => !/[<>]/.test(s), "Use a name without < or >"),
  timezone: timezoneField,
  currency: currencyField,
});

export type OrgSettings = z.infer<typeof orgSettingsSchema>;

/** Saves the org's name, time zone and currency (the slug never changes) with an audit row of what changed. */
export async function updateOrganization({ orgId, actorUserId, fields }: { orgId: string; actorUserId: string; fields: OrgSettings }) {
  return db.$transaction(async (tx) => {
    const before = await tx.organization.findUnique({ where: { id: orgId }, select: { name: true, timezone: true, currency: true } });
    if (!before) throw new AppError("NOT_FOUND");
    const changes = Object.fromEntries((Object.keys(fields) as (keyof OrgSettings)[]).filter((k) => before[k] !== fields[k]).map((k) => [k, { from: before[k], to: fields[k] }]));
    if (Object.keys(changes).length === 0) return { changed: false };
    await tx.organization.update({ where: { id: orgId }, data: fields, select: { id: true } });
    await tx.auditLog.create({ data: { orgId, actorUserId, action: "org.updated", targetType: "Organization", targetId: orgId, data: changes } });
    return { changed: true };
  });
}
