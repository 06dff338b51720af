"use client";
import { ButtonLink } from "@/components/ui/button";
import { Field, Select, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import type { FormAction } from "../confirm-action-form";

export type StaffFormValues = { name: string; email: string; timeZone: string; userId: string };
type Member = { id: string; name: string | null; email: string };

/** A staff member's details: name, email, time zone and an optional dashboard user. */
export function StaffForm<T>({
  org,
  action,
  staffMemberId,
  initial,
  timeZones,
  members,
  submitLabel,
  cancelHref,
}: {
  org: string;
  action: FormAction<T>;
  staffMemberId?: string;
  initial: StaffFormValues;
  timeZones: string[];
  members: Member[];
  submitLabel: string;
  cancelHref: string;
}) {
  const [state, onSubmit, pending] = useFormAction(action);
  const errors = (state && !state.ok ? state.fieldErrors : undefined) ?? {};
  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate>
      <input type="hidden" name="org" value={org} />
      {staffMemberId && <input type="hidden" name="id" value={staffMemberId} />}
      <FormMessage state={state} />
      <div className="grid grid-cols-1 gap-5 sm:grid-cols-2">
        <TextField label="Name" name="name" required defaultValue={initial.name} error={errors.name} maxLength={120} autoComplete="off" />
        <TextField label="Email" name="email" type="email" defaultValue={initial.email} error={errors.email} hint="Optional; for booking notifications" autoComplete="off" />
        <Field label="Time zone" name="timeZone" error={errors.timeZone} hint="Working hours are entered in this zone">
          <Select name="timeZone" defaultValue={initial.timeZone} error={errors.timeZone}>
            {timeZones.map((tz) => (
              <option key={tz} value={tz}>
                {tz}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Dashboard user" name="userId" error={errors.userId} hint="Linked staff can edit their own working hours">
          <Select name="userId" defaultValue={initial.userId} error={errors.userId}>
            <option value="">Not linked</option>
            {members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name ? `${m.name} (${m.email})` : m.email}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className="flex gap-2">
        <SubmitButton pending={pending}>{submitLabel}</SubmitButton>
        <ButtonLink href={cancelHref} variant="secondary">
          Cancel
        </ButtonLink>
      </div>
    </form>
  );
}
