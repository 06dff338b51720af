"use client";
import { useState } from "react";
import type { ActionState } from "@/lib/safe-action";

// The flow's name in the toolbar; "Rename" turns it into a small form.
export function FlowName({ name: initial, rename, readOnly }: { name: string; rename: (name: string) => Promise<ActionState>; readOnly: boolean }) {
  const [name, setName] = useState(initial);
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  if (!editing) {
    return (
      <div className="flex min-w-0 items-center gap-2">
        <h1 className="min-w-0 truncate text-base font-semibold text-gray-900">{name}</h1>
        {!readOnly && (
          <button type="button" className="text-xs text-gray-500 hover:text-gray-900 hover:underline" onClick={() => setEditing(true)}>
            Rename
          </button>
        )}
      </div>
    );
  }
  return (
    <form
      className="flex items-start gap-2"
      onSubmit={async (e) => {
        e.preventDefault();
        const next = String(new FormData(e.currentTarget).get("name") ?? "");
        setPending(true);
        const res = await rename(next);
        setPending(false);
        if (!res?.ok) return setError((res && !res.ok && (res.fieldErrors?.name ?? res.message)) || "Not renamed.");
        setName(next.trim());
        setError(null);
        setEditing(false);
      }}
    >
      <div>
        <input name="name" aria-label="Flow name" defaultValue={name} maxLength={80} autoFocus aria-invalid={Boolean(error)} className="w-48 rounded-md border border-gray-300 px-2 py-1 text-sm aria-[invalid=true]:border-red-500" />
        {error && (
          <p role="alert" className="text-xs text-red-600">
            {error}
          </p>
        )}
      </div>
      <button type="submit" disabled={pending} className="rounded-md bg-brand-600 px-2 py-1 text-xs font-medium text-white disabled:opacity-60">
        {pending ? "Saving…" : "Save"}
      </button>
      <button type="button" className="px-1 py-1 text-xs text-gray-600" onClick={() => (setEditing(false), setError(null))}>
        Cancel
      </button>
    </form>
  );
}
