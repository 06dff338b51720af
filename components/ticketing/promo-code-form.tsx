"use client";
import { useState } from "react";
import type { FormAction } from "@/components/booking/confirm-action-form";
import { Field, Input, Select } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import type { PromoCodeFormValues } from "@/lib/ticketing/client";

type Option = { id: string; title?: string; name?: string };

/** Add or edit a promo code; on an event's tab the event is fixed, on the org list it is chosen. */
export function PromoCodeForm<T>({
  org,
  action,
  promoCodeId,
  initial,
  currency,
  timeZone,
  events,
  segments,
  fixedEventId,
  submitLabel,
}: {
  org: string;
  action: FormAction<T>;
  promoCodeId?: string;
  initial: PromoCodeFormValues;
  currency: string;
  timeZone: string;
  events?: Option[];
  segments: Option[];
  fixedEventId?: string;
  submitLabel: string;
}) {
  const [state, onSubmit, pending] = useFormAction(action);
  const errors = (state && !state.ok ? state.fieldErrors : undefined) ?? {};
  const [kind, setKind] = useState(initial.kind);
  const id = (name: string) => `${name}-${promoCodeId ?? "new"}`;
  const field = (label: string, name: keyof PromoCodeFormValues, props: React.InputHTMLAttributes<HTMLInputElement> & { hint?: string } = {}) => {
    const { hint, ...rest } = props;
    return (
      <Field label={label} name={id(name)} error={errors[name]} hint={hint} required={rest.required}>
        <Input name={name} id={id(name)} defaultValue={String(initial[name])} error={errors[name]} autoComplete="off" {...rest} />
      </Field>
    );
  };
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <input type="hidden" name="org" value={org} />
      {promoCodeId && <input type="hidden" name="id" value={promoCodeId} />}
      {fixedEventId !== undefined && <input type="hidden" name="eventId" value={fixedEventId} />}
      <FormMessage state={state} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        {field("Code", "code", { required: true, maxLength: 32, hint: "Buyers type it at checkout; stored in capitals", className: "uppercase" })}
        <Field label="Discount" name={id("value")} error={errors.value ?? errors.kind}>
          <div className="flex gap-2">
            <Select name="kind" id={id("kind")} value={kind} onChange={(e) => setKind(e.target.value)} className="w-36" aria-label="Discount kind">
              <option value="PERCENT">Percent</option>
              <option value="AMOUNT">Amount ({currency})</option>
            </Select>
            <Input name="value" id={id("value")} defaultValue={initial.value} error={errors.value} inputMode="decimal" placeholder={kind === "PERCENT" ? "15" : "5.00"} autoComplete="off" />
          </div>
        </Field>
        {events && (
          <Field label="Valid for" name={id("eventId")} error={errors.eventId}>
            <Select name="eventId" id={id("eventId")} defaultValue={initial.eventId}>
              <option value="">Every event</option>
              {events.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.title}
                </option>
              ))}
            </Select>
          </Field>
        )}
        <Field label="Only for customers in segment" name={id("segmentId")} error={errors.segmentId} hint="Optional: from Analytics -> Segments">
          <Select name="segmentId" id={id("segmentId")} defaultValue={initial.segmentId}>
            <option value="">Anyone</option>
            {segments.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </Select>
        </Field>
        {field("Max redemptions", "maxRedemptions", { inputMode: "numeric", hint: "Empty for unlimited" })}
        {field(`Expires (${timeZone})`, "expiresAt", { type: "datetime-local", hint: "Empty: never" })}
        <label className="flex items-center gap-2 text-sm text-gray-800 sm:col-span-2">
          <input type="checkbox" name="active" defaultChecked={initial.active} /> Active
        </label>
      </div>
      <SubmitButton pending={pending}>{submitLabel}</SubmitButton>
    </form>
  );
}
