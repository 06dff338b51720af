import type { ReactNode } from "react";
import type { ActionState } from "@/lib/safe-action";

/** The form-level result of a server action: an error banner or a success note. */
export function FormMessage({ state }: { state: ActionState }) {
  if (!state) return null;
  if (state.ok && !state.message) return null;
  return (
    <div role={state.ok ? "status" : "alert"} className={state.ok ? "rounded-md bg-green-50 px-3 py-2 text-sm text-green-800" : "rounded-md bg-red-50 px-3 py-2 text-sm text-red-700"}>
      {state.message}
    </div>
  );
}

/** A page's note after a redirect from an action ("Customer deleted."). */
export function DoneNotice({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="mb-4 rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
      {children}
    </p>
  );
}
