"use client";
import { useActionState } from "react";
import { OrgFields } from "@/components/orgs/org-fields";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { createOrgAction } from "./actions";

export function NewOrgForm() {
  const [state, action] = useActionState(createOrgAction, null);
  const failed = state && !state.ok ? state : undefined;
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <OrgFields values={failed?.values} errors={failed?.fieldErrors} />
      <SubmitButton className="w-full" pendingText="Creating…">Create organization</SubmitButton>
    </form>
  );
}
