"use client";
import { useEffect, useRef } from "react";
import { handBackAction, markReadAction, replyAction } from "@/app/(dashboard)/[org]/bots/[botId]/inbox/actions";
import { Badge } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import { subscriberDisplayName } from "@/lib/bots/client";
import { formatDateTime } from "@/lib/format";
import { type ConversationMessage, MessageBubble } from "./message-bubble";

// The open conversation: its messages (newest at the bottom), a reply box, mark read, and
// "hand back to bot" for a chat a flow handed off.
export type OpenConversation = {
  subscriber: { id: string; firstName: string; lastName: string | null; username: string | null; status: string; handedOff: boolean; unreadCount: number };
  messages: ConversationMessage[];
  total: number;
};

export function InboxConversation({
  org,
  botId,
  timezone,
  conversation,
  sandbox = false,
  onBack,
  onChanged,
}: {
  org: string;
  botId: string;
  timezone: string;
  conversation: OpenConversation;
  sandbox?: boolean;
  onBack: () => void;
  onChanged: () => void;
}) {
  const { subscriber, messages } = conversation;
  const [replyState, onReply, replying] = useFormAction(replyAction);
  const [readState, onRead, marking] = useFormAction(markReadAction);
  const [backState, onHandBack, handingBack] = useFormAction(handBackAction);
  const formRef = useRef<HTMLFormElement>(null);
  const endRef = useRef<HTMLDivElement>(null);
  const lastId = messages.at(-1)?.id;
  useEffect(() => {
    endRef.current?.scrollIntoView({ block: "end" }); // braces: newer Chromium returns a Promise here, not a cleanup
  }, [lastId]);
  useEffect(() => {
    if (replyState?.ok) formRef.current?.reset();
    if (replyState || readState || backState) onChanged();
  }, [replyState, readState, backState, onChanged]);
  const hidden = (
    <>
      <input type="hidden" name="org" value={org} />
      <input type="hidden" name="botId" value={botId} />
      <input type="hidden" name="subscriberId" value={subscriber.id} />
    </>
  );
  const replyError = replyState && !replyState.ok ? (replyState.fieldErrors?.text ?? replyState.message) : undefined;
  return (
    <section className="flex h-full max-h-[70vh] flex-col" aria-label={`Conversation with ${subscriberDisplayName(subscriber)}`}>
      <header className="flex flex-wrap items-center gap-2 border-b border-gray-200 px-4 py-3">
        <Button type="button" variant="ghost" className="md:hidden" onClick={onBack}>
          ← Back
        </Button>
        <h2 className="min-w-0 flex-1 truncate font-semibold text-gray-900">{subscriberDisplayName(subscriber)}</h2>
        {sandbox && <Badge tone="amber">Sandbox: simulated, nothing reaches Telegram</Badge>}
        {subscriber.status === "BLOCKED" && <Badge tone="red">Blocked the bot</Badge>}
        {subscriber.unreadCount > 0 && (
          <form onSubmit={onRead}>
            {hidden}
            <SubmitButton pending={marking} variant="secondary" pendingText="Marking…">
              Mark read
            </SubmitButton>
          </form>
        )}
        {subscriber.handedOff && (
          <form onSubmit={(e) => (window.confirm("Hand this conversation back to the bot? Its flow carries on from the hand-off.") ? onHandBack(e) : e.preventDefault())}>
            {hidden}
            <SubmitButton pending={handingBack} pendingText="Handing back…">
              Hand back to bot
            </SubmitButton>
          </form>
        )}
      </header>
      <div className="flex-1 overflow-y-auto bg-gray-50 p-3">
        {conversation.total > messages.length && (
          <p className="mb-2 text-center text-xs text-gray-500">
            Showing the latest {messages.length} of {conversation.total} messages.
          </p>
        )}
        <ol className="space-y-2">
          {messages.map((m) => (
            <MessageBubble key={m.id} message={m} timeLabel={formatDateTime(new Date(m.createdAt), timezone)} />
          ))}
        </ol>
        <div ref={endRef} />
      </div>
      <form ref={formRef} onSubmit={onReply} className="space-y-2 border-t border-gray-200 p-3">
        {hidden}
        <label htmlFor="text" className="sr-only">
          Reply
        </label>
        <Textarea name="text" rows={2} maxLength={4000} placeholder={subscriber.status === "BLOCKED" ? "This person blocked the bot" : "Reply as a human…"} error={replyError} disabled={subscriber.status === "BLOCKED"} />
        {replyError && (
          <p className="text-xs text-red-600" role="alert">
            {replyError}
          </p>
        )}
        <div className="flex items-center justify-between gap-2">
          <FormMessage state={backState} />
          <SubmitButton pending={replying} pendingText="Sending…" disabled={subscriber.status === "BLOCKED"} className="ml-auto">
            Send
          </SubmitButton>
        </div>
      </form>
    </section>
  );
}
