"use client";
import { Field, Input } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/safe-action";

type Action<T> = (state: ActionState<T>, data: FormData) => Promise<ActionState<T>>;

/** Paste a BotFather token: checked with Telegram, stored encrypted, never shown again. `botId`: the sandbox it turns into a real bot. */
export function ConnectBotForm<T>({ org, action, botId, submitLabel = "Connect bot" }: { org: string; action: Action<T>; botId?: string; submitLabel?: string }) {
  const [state, onSubmit, pending] = useFormAction(action);
  const error = state && !state.ok ? state.fieldErrors?.token : undefined;
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <input type="hidden" name="org" value={org} />
      {botId && <input type="hidden" name="botId" value={botId} />}
      {state && !state.ok && !error && <FormMessage state={state} />}
      <Field label="Bot token" name="token" error={error} required hint="In Telegram, open @BotFather, send /newbot (or /token for an existing bot) and paste the token here.">
        <Input name="token" type="password" autoComplete="off" spellCheck={false} placeholder="123456789:AAH…" error={error} required />
      </Field>
      <SubmitButton pending={pending} pendingText="Checking with Telegram…">
        {submitLabel}
      </SubmitButton>
    </form>
  );
}
