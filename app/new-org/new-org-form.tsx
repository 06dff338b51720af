"use client";
import { OrgFields } from "@/components/orgs/org-fields";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import { createOrgAction } from "./actions";

export function NewOrgForm() {
  const [state, onSubmit, pending] = useFormAction(createOrgAction);
  const failed = state && !state.ok ? state : undefined;
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <OrgFields values={failed?.values} errors={failed?.fieldErrors} />
      <SubmitButton pending={pending} className="w-full" pendingText="Creating…">
        Create organization
      </SubmitButton>
    </form>
  );
}
