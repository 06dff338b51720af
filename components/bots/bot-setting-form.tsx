"use client";
import { Field, Textarea } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/safe-action";

type Action<T> = (state: ActionState<T>, data: FormData) => Promise<ActionState<T>>;

/** One text setting of a bot (commands, welcome text) saved to Telegram and here. */
export function BotSettingForm<T>({
  org,
  botId,
  action,
  name,
  label,
  hint,
  initial,
  rows = 4,
  placeholder,
  disabled,
}: {
  org: string;
  botId: string;
  action: Action<T>;
  name: string;
  label: string;
  hint: string;
  initial: string;
  rows?: number;
  placeholder?: string;
  disabled?: boolean;
}) {
  const [state, onSubmit, pending] = useFormAction(action);
  const error = state && !state.ok ? state.fieldErrors?.[name] : undefined;
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <input type="hidden" name="org" value={org} />
      <input type="hidden" name="botId" value={botId} />
      <Field label={label} name={name} error={error} hint={hint}>
        <Textarea name={name} rows={rows} defaultValue={initial} placeholder={placeholder} error={error} disabled={disabled} />
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pending={pending} disabled={disabled}>
          Save
        </SubmitButton>
        {state && (state.ok || !error) && <FormMessage state={state} />}
      </div>
    </form>
  );
}
