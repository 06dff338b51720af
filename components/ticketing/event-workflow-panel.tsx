"use client";
import { useState } from "react";
import type { FormAction } from "@/components/booking/confirm-action-form";
import { Button } from "@/components/ui/button";
import { Field, Textarea } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";
import { eventTransitions, type EventTransition } from "@/lib/ticketing/client";

const confirmTexts: Partial<Record<EventTransition, string>> = {
  cancel: "Cancel this event? Its page says it is canceled and no more tickets sell. Refunds are handled from Orders.",
  publish: "Publish this event? Its public page goes live and tickets go on sale.",
};

/** The workflow buttons the member's role allows; "Back to draft" asks for a note, cancel asks first. */
export function EventWorkflowPanel<T>({ org, eventId, transitions, blockers, action, noStepsText }: { org: string; eventId: string; transitions: EventTransition[]; blockers: string[]; action: FormAction<T>; noStepsText: string }) {
  const [state, onSubmit, pending] = useFormAction(action);
  const [revising, setRevising] = useState(false);
  const errors = (state && !state.ok ? state.fieldErrors : undefined) ?? {};
  const confirmFirst = (transition: EventTransition) => (e: React.MouseEvent<HTMLButtonElement>) => {
    const text = confirmTexts[transition];
    if (text && !window.confirm(text)) e.preventDefault();
  };
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <input type="hidden" name="org" value={org} />
      <input type="hidden" name="id" value={eventId} />
      <FormMessage state={state} />
      {transitions.includes("publish") && blockers.length > 0 && (
        <ul className="list-inside list-disc rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800" aria-label="Before publishing">
          {blockers.map((b) => (
            <li key={b}>{b}</li>
          ))}
        </ul>
      )}
      {revising && (
        <Field label="What needs to change?" name="note" error={errors.note} hint="Saved in the history and shown to whoever edits the event">
          <Textarea name="note" rows={2} maxLength={1000} error={errors.note} />
        </Field>
      )}
      <div className="flex flex-wrap gap-2">
        {transitions.length === 0 && <p className="text-sm text-gray-600">{noStepsText}</p>}
        {transitions.map((t) =>
          t === "revise" && !revising ? (
            <Button key={t} type="button" variant="secondary" onClick={() => setRevising(true)}>
              {eventTransitions[t].label}…
            </Button>
          ) : (
            <Button key={t} type="submit" name="transition" value={t} variant={t === "cancel" ? "danger" : t === "revise" ? "secondary" : "primary"} disabled={pending || (t === "publish" && blockers.length > 0)} onClick={confirmFirst(t)}>
              {pending ? "Working…" : eventTransitions[t].label}
            </Button>
          ),
        )}
      </div>
    </form>
  );
}
