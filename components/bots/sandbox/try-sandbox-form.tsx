"use client";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import { createSandboxBotAction } from "@/app/(dashboard)/[org]/bots/sandbox-actions";

/** "Try a sandbox bot": a bot with the welcome flow and a simulator, no BotFather token needed. */
export function TrySandboxForm({ org }: { org: string }) {
  const [state, onSubmit, pending] = useFormAction(createSandboxBotAction);
  return (
    <form onSubmit={onSubmit} className="space-y-3">
      <input type="hidden" name="org" value={org} />
      <FormMessage state={state} />
      <SubmitButton pending={pending} pendingText="Creating the sandbox…">
        Try a sandbox bot
      </SubmitButton>
    </form>
  );
}
