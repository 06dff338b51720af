import { z } from "zod";
import { emailField, personNameField } from "@/lib/auth/fields";
import { Role } from "@/lib/db/generated/enums";

// Field rules for the Members forms; ids from the client are only ever looked up with the org id.
export const roleField = z.enum(Role, { error: "Choose owner, admin or staff" });
export const recordIdField = z.string({ error: "Missing id" }).trim().min(1, "Missing id").max(64, "Invalid id");

export const inviteMemberSchema = z.object({ email: emailField, role: roleField });
export const changeRoleSchema = z.object({ membershipId: recordIdField, role: roleField });
export const membershipIdSchema = z.object({ membershipId: recordIdField });
export const invitationIdSchema = z.object({ invitationId: recordIdField });

/** A new member's own name: plain text (it appears in emails), no control characters. */
export const memberNameField = personNameField.refine((s) => !/[\u0000-\u001f\u007f]/.test(s), "Remove control characters from the name").refine((s) => !/[<>]/.test(s), "Use a name without < or >");
