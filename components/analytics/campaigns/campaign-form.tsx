"use client";
import { ButtonLink } from "@/components/ui/button";
import { Field, Select, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/safe-action";

export type CampaignFormValues = { name: string; channel: string; dailyBudget: string; startsOn: string; endsOn: string };
type FormAction = (state: ActionState<never>, formData: FormData) => Promise<ActionState<never>>;

/** The campaign form for "new" and "edit"; useFormAction keeps the channel select as chosen after an error. */
export function CampaignForm({
  org,
  action,
  campaignId,
  initial,
  channels,
  currency,
  submitLabel,
  cancelHref,
}: {
  org: string;
  action: FormAction;
  campaignId?: string;
  initial?: Partial<CampaignFormValues>;
  channels: { value: string; label: string }[];
  currency: string;
  submitLabel: string;
  cancelHref: string;
}) {
  const [state, onSubmit, pending] = useFormAction(action);
  const errors = (state && !state.ok && state.fieldErrors) || {};
  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate>
      <input type="hidden" name="org" value={org} />
      {campaignId && <input type="hidden" name="id" value={campaignId} />}
      <FormMessage state={state} />
      <div className="grid grid-cols-1 gap-5 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <TextField label="Name" name="name" defaultValue={initial?.name} error={errors.name} maxLength={120} required autoComplete="off" placeholder="e.g. Spring launch, Instagram" />
        </div>
        <Field label="Channel" name="channel" error={errors.channel} required>
          <Select name="channel" defaultValue={initial?.channel ?? ""} error={errors.channel} required>
            <option value="" disabled>
              Choose…
            </option>
            {channels.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </Select>
        </Field>
        <TextField
          label={`Daily budget (${currency}, optional)`}
          name="dailyBudget"
          inputMode="decimal"
          defaultValue={initial?.dailyBudget}
          error={errors.dailyBudget}
          hint="e.g. 25.00; used as today's share in budget recommendations"
          autoComplete="off"
        />
        <TextField label="Starts on (optional)" name="startsOn" type="date" defaultValue={initial?.startsOn} error={errors.startsOn} />
        <TextField label="Ends on (optional)" name="endsOn" type="date" defaultValue={initial?.endsOn} error={errors.endsOn} hint="Ended campaigns get no budget recommendation" />
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
