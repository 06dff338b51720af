"use client";
import { useFormStatus } from "react-dom";
import { Button } from "./button";

/** A destructive submit button that asks before it submits its form. */
export function ConfirmButton({ confirmText, children, variant = "danger", ...props }: React.ComponentProps<typeof Button> & { confirmText: string }) {
  const { pending } = useFormStatus();
  return (
    <Button
      type="submit"
      variant={variant}
      disabled={pending}
      onClick={(e) => {
        if (!window.confirm(confirmText)) e.preventDefault();
      }}
      {...props}
    >
      {pending ? "Working…" : children}
    </Button>
  );
}
