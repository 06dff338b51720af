"use client";
import { useEffect, useRef } from "react";
import { createApiKeyAction } from "@/app/(dashboard)/[org]/settings/api/actions";
import { Button } from "@/components/ui/button";
import { Field, Select, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useFormAction } from "@/components/ui/use-form-action";
import { API_AREAS } from "@/lib/api/client";
import { CopyField } from "./copy-field";

/** Create a key: a name, read/write per area, an expiry. The secret is shown once, right here. */
export function ApiKeyForm({ slug }: { slug: string }) {
  const [state, onSubmit, pending] = useFormAction(createApiKeyAction);
  const failed = state && !state.ok ? state : undefined;
  const created = state && state.ok ? (state.data as { secret: string } | undefined) : undefined;
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok) formRef.current?.reset();
  }, [state]);
  const scopeError = failed?.fieldErrors?.["scopes[]"];
  return (
    <div className="space-y-4">
      <form ref={formRef} onSubmit={onSubmit} className="space-y-4" noValidate>
        <input type="hidden" name="org" value={slug} />
        <FormMessage state={state} />
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-[1fr_14rem]">
          <TextField label="Name" name="name" required maxLength={80} placeholder="e.g. Website events list" error={failed?.fieldErrors?.name} />
          <Field label="Expires" name="expiresInDays" error={failed?.fieldErrors?.expiresInDays}>
            <Select name="expiresInDays" defaultValue="never">
              <option value="never">Never</option>
              <option value="30">In 30 days</option>
              <option value="90">In 90 days</option>
              <option value="365">In a year</option>
            </Select>
          </Field>
        </div>
        <fieldset aria-describedby={scopeError ? "scopes-error" : undefined}>
          <legend className="text-sm font-medium text-gray-700">Permissions</legend>
          <p className="text-xs text-gray-500">Give a key only what its system needs. Write does not include read.</p>
          <div className="mt-2 grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-2 lg:grid-cols-3">
            {API_AREAS.map((area) => (
              <div key={area} className="flex items-center justify-between gap-3 rounded-md px-2 py-1 odd:bg-gray-50">
                <span className="text-sm text-gray-800">{area}</span>
                <span className="flex gap-3 text-sm">
                  <label className="flex items-center gap-1">
                    <input type="checkbox" name="scopes[]" value={`${area}:read`} /> read
                  </label>
                  <label className="flex items-center gap-1">
                    <input type="checkbox" name="scopes[]" value={`${area}:write`} /> write
                  </label>
                </span>
              </div>
            ))}
          </div>
          {scopeError && (
            <p id="scopes-error" role="alert" className="mt-1 text-sm text-red-700">
              {scopeError}
            </p>
          )}
        </fieldset>
        <Button type="submit" disabled={pending} aria-busy={pending}>
          {pending ? "Creating…" : "Create key"}
        </Button>
      </form>
      {created && (
        <div className="rounded-md border border-amber-200 bg-amber-50 p-4">
          <CopyField label="Your new API key (shown only once)" value={created.secret} />
          <p className="mt-2 text-xs text-amber-900">Store it in your other system now. Frontdesk keeps only a fingerprint of it; if you lose it, revoke it and create another.</p>
        </div>
      )}
    </div>
  );
}
