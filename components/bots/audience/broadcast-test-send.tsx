"use client";
import { sendTestBroadcastAction } from "@/app/(dashboard)/[org]/bots/[botId]/broadcasts/actions";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";

// "Send test to me": the message to the user's own Telegram chat with the bot (`to`), or, when
// there is none, how to link it (`missing`) instead of a button that can only fail.
export function BroadcastTestSend({ org, botId, broadcastId, to, missing }: { org: string; botId: string; broadcastId: string; to: string | null; missing: string | null }) {
  const [state, onSubmit, pending] = useFormAction(sendTestBroadcastAction);
  if (!to) return <p className="text-sm text-gray-600">{missing}</p>;
  return (
    <form onSubmit={onSubmit} className="space-y-2">
      <input type="hidden" name="org" value={org} />
      <input type="hidden" name="botId" value={botId} />
      <input type="hidden" name="broadcastId" value={broadcastId} />
      <p className="text-sm text-gray-600">Goes to your own chat with the bot: {to}. Nobody else gets it, and the broadcast stays as it is.</p>
      <SubmitButton pending={pending} pendingText="Sending test…" variant="secondary">
        Send test to me
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
