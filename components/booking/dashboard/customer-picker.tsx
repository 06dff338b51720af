"use client";
import { useEffect, useState } from "react";
import { Input } from "@/components/ui/field";

export type PickedCustomer = { id: string; name: string; email: string | null; phone: string | null };

/** Search the org's customers by name, email or phone and pick one. */
export function CustomerPicker({ org, onPick }: { org: string; onPick: (customer: PickedCustomer) => void }) {
  const [q, setQ] = useState("");
  const [results, setResults] = useState<PickedCustomer[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (q.trim().length < 2) return setResults(null);
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/orgs/${org}/customers/search?${new URLSearchParams({ q: q.trim() })}`, { signal: controller.signal, cache: "no-store" })
        .then(async (res) => {
          const body = await res.json();
          if (!res.ok) throw new Error(body?.error?.message ?? "Search failed.");
          setError(null);
          setResults(body.customers);
        })
        .catch((err: Error) => err.name !== "AbortError" && setError(err.message || "Search failed. Try again."));
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [org, q]);

  return (
    <div className="space-y-2">
      <label htmlFor="customer-search" className="block text-sm font-medium text-gray-700">
        Find a customer
      </label>
      <Input name="customer-search" type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder="Name, email or phone" maxLength={200} autoComplete="off" />
      {error && (
        <p role="alert" className="text-xs text-red-600">
          {error}
        </p>
      )}
      {results && results.length === 0 && <p className="text-sm text-gray-500">No customer matches “{q.trim()}”. Book them as a new client instead.</p>}
      {results && results.length > 0 && (
        <ul className="divide-y divide-gray-100 rounded-md border border-gray-200 bg-white" aria-label="Matching customers">
          {results.map((c) => (
            <li key={c.id}>
              <button type="button" onClick={() => onPick(c)} className="block w-full px-3 py-2 text-left text-sm hover:bg-gray-50">
                <span className="font-medium text-gray-900">{c.name || "(no name)"}</span>
                <span className="block text-xs text-gray-500">{[c.email, c.phone].filter(Boolean).join(" · ") || "No email or phone"}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
