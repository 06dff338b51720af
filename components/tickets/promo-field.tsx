"use client";
import { useState } from "react";
import type { PromoRules } from "@/lib/ticketing/client";

type Promo = Pick<PromoRules, "id" | "code" | "kind" | "value"> & { forSelectedCustomers?: boolean };

/** "Have a promo code?": checks it with the server, then the form prices it live. */
export function PromoField({ slug, applied, onApply, error: serverError }: { slug: string; applied: Promo | null; onApply: (promo: Promo | null) => void; error?: string }) {
  const [code, setCode] = useState("");
  const [error, setError] = useState("");
  const [pending, setPending] = useState(false);

  async function apply() {
    setPending(true);
    setError("");
    try {
      const res = await fetch(`/api/events/${slug}/promo?code=${encodeURIComponent(code)}`);
      const body = await res.json().catch(() => ({}));
      if (res.ok) onApply(body);
      else setError(body.error?.fields?.promoCode ?? body.error?.fields?.code ?? body.error?.message ?? "This promo code does not work.");
    } catch {
      setError("We could not check the code. Try again.");
    }
    setPending(false);
  }

  if (applied) {
    return (
      <p className="flex items-center justify-between rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
        <span>
          Promo code <b>{applied.code}</b> applied
          {applied.forSelectedCustomers && <span className="block text-xs text-green-700">For selected customers: checked against your email when you order.</span>}
        </span>
        <button type="button" onClick={() => onApply(null)} className="text-xs font-medium underline">
          Remove
        </button>
      </p>
    );
  }
  const shown = error || serverError;
  return (
    <div className="space-y-1">
      <label htmlFor="promoCode" className="block text-sm font-medium text-gray-700">
        Promo code
      </label>
      <div className="flex gap-2">
        <input
          id="promoCode"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          aria-invalid={Boolean(shown)}
          aria-describedby={shown ? "promoCode-error" : undefined}
          onKeyDown={(e) => e.key === "Enter" && (e.preventDefault(), code.trim() && void apply())}
          className="block w-full rounded-md border border-gray-300 bg-white px-3 py-2 text-sm uppercase shadow-sm focus:border-brand-500 focus:outline-none focus:ring-1 focus:ring-brand-500 aria-[invalid=true]:border-red-500"
          autoComplete="off"
        />
        <button type="button" onClick={apply} disabled={pending || !code.trim()} className="shrink-0 rounded-md border border-gray-300 bg-white px-3 py-2 text-sm font-medium text-gray-800 shadow-sm hover:bg-gray-50 disabled:text-gray-400">
          {pending ? "Checking…" : "Apply"}
        </button>
      </div>
      {shown && (
        <p id="promoCode-error" role="alert" className="text-xs text-red-600">
          {shown}
        </p>
      )}
    </div>
  );
}
