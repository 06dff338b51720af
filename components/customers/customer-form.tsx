"use client";
import { useActionState } from "react";
import { ButtonLink } from "@/components/ui/button";
import { Field, Textarea, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/safe-action";

export type CustomerFormValues = { name: string; email: string; phone: string; telegramUserId: string; tags: string; notes: string };
type FormAction = (state: ActionState<never>, formData: FormData) => Promise<ActionState<never>>;

/** The customer form for both "new" and "edit": field errors beside fields, values kept on error. */
export function CustomerForm({ org, action, customerId, initial, submitLabel, cancelHref }: { org: string; action: FormAction; customerId?: string; initial?: Partial<CustomerFormValues>; submitLabel: string; cancelHref: string }) {
  const [state, formAction] = useActionState(action, null);
  const failed = state && !state.ok ? state : undefined;
  const errors = failed?.fieldErrors ?? {};
  const value = (k: keyof CustomerFormValues) => failed?.values?.[k] ?? initial?.[k] ?? "";
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <input type="hidden" name="org" value={org} />
      {customerId && <input type="hidden" name="id" value={customerId} />}
      <FormMessage state={state} />
      <div className="grid grid-cols-1 gap-5 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <TextField label="Name" name="name" defaultValue={value("name")} error={errors.name} maxLength={120} required autoComplete="off" />
        </div>
        <TextField label="Email" name="email" type="email" defaultValue={value("email")} error={errors.email} maxLength={254} autoComplete="off" />
        <TextField label="Phone" name="phone" type="tel" defaultValue={value("phone")} error={errors.phone} maxLength={32} hint="Digits, spaces and + - ( )" autoComplete="off" />
        <TextField label="Telegram user id" name="telegramUserId" inputMode="numeric" defaultValue={value("telegramUserId")} error={errors.telegramUserId} hint="The numeric id, not the @username" autoComplete="off" />
        <TextField label="Tags" name="tags" defaultValue={value("tags")} error={errors.tags} hint="Comma-separated, e.g. vip, newsletter" autoComplete="off" />
        <div className="sm:col-span-2">
          <Field label="Notes" name="notes" error={errors.notes}>
            <Textarea name="notes" rows={4} defaultValue={value("notes")} error={errors.notes} maxLength={2000} />
          </Field>
        </div>
      </div>
      <div className="flex gap-2">
        <SubmitButton>{submitLabel}</SubmitButton>
        <ButtonLink href={cancelHref} variant="secondary">
          Cancel
        </ButtonLink>
      </div>
    </form>
  );
}
