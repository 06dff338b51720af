"use client";
import { updateSubscriberTagsAction } from "@/app/(dashboard)/[org]/bots/[botId]/subscribers/actions";
import { Field, Input } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";

/** Edit one subscriber's tags as a comma-separated list. */
export function SubscriberTagsForm({ org, botId, subscriberId, tags }: { org: string; botId: string; subscriberId: string; tags: string[] }) {
  const [state, onSubmit, pending] = useFormAction(updateSubscriberTagsAction);
  const error = state && !state.ok ? state.fieldErrors?.tags : undefined;
  return (
    <form onSubmit={onSubmit} className="space-y-2">
      <input type="hidden" name="org" value={org} />
      <input type="hidden" name="botId" value={botId} />
      <input type="hidden" name="subscriberId" value={subscriberId} />
      <Field label="Tags" name="tags" error={error} hint="Separate with commas. A new tag can start a drip sequence.">
        <Input name="tags" defaultValue={tags.join(", ")} maxLength={1000} error={error} />
      </Field>
      <SubmitButton pending={pending} variant="secondary">
        Save tags
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
