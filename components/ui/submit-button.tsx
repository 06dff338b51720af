"use client";
import { useFormStatus } from "react-dom";
import { Button } from "./button";

/** A submit button that shows its form's pending state (from the form action, or `pending` for useFormAction forms). */
export function SubmitButton({ children, pendingText, pending: pendingProp, ...props }: React.ComponentProps<typeof Button> & { pendingText?: string; pending?: boolean }) {
  const status = useFormStatus();
  const pending = pendingProp ?? status.pending;
  return (
    <Button type="submit" disabled={pending || props.disabled} aria-busy={pending} {...props}>
      {pending ? (pendingText ?? "Saving…") : children}
    </Button>
  );
}
