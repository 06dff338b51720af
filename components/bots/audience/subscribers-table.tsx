"use client";
import Link from "next/link";
import { useState } from "react";
import { bulkTagAction } from "@/app/(dashboard)/[org]/bots/[botId]/subscribers/actions";
import { TagList } from "@/components/customers/source-badge";
import { Input, Select } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import { subscriberDisplayName } from "@/lib/bots/client";
import type { SubscriberFilters } from "@/lib/bots/client";
import type { BotSubscriberStatus } from "@/lib/db/generated/enums";
import { formatDateTime } from "@/lib/format";
import { SubscriberStatusBadge, VariableChips } from "./subscriber-status-badge";

type Row = { id: string; firstName: string; lastName: string | null; username: string | null; status: BotSubscriberStatus; tags: string[]; variables: unknown; lastInteractionAt: Date };

/** The subscriber table inside the bulk-tag form: tick rows (or take every match) and add or remove a tag. */
export function SubscribersTable({ org, botId, base, rows, filters, matching, timezone }: { org: string; botId: string; base: string; rows: Row[]; filters: SubscriberFilters; matching: number; timezone: string }) {
  const [state, onSubmit, pending] = useFormAction(bulkTagAction);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [scope, setScope] = useState<"selected" | "matching">("selected");
  const toggle = (id: string) => setSelected((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set(s).add(id)));
  const allOnPage = rows.length > 0 && rows.every((r) => selected.has(r.id));
  const th = "px-3 py-2.5 text-left text-xs font-semibold uppercase tracking-wide text-gray-500";
  return (
    <form onSubmit={onSubmit} className="space-y-3">
      <input type="hidden" name="org" value={org} />
      <input type="hidden" name="botId" value={botId} />
      {filters.q && <input type="hidden" name="q" value={filters.q} />}
      {filters.tag && <input type="hidden" name="filterTag" value={filters.tag} />}
      {filters.status && <input type="hidden" name="status" value={filters.status} />}
      <div className="flex flex-wrap items-end gap-2 rounded-lg border border-gray-200 bg-white p-3 text-sm">
        <div>
          <Select name="mode" defaultValue="add" aria-label="Add or remove">
            <option value="add">Add tag</option>
            <option value="remove">Remove tag</option>
          </Select>
        </div>
        <div className="w-40">
          <Input name="tag" placeholder="tag" maxLength={32} aria-label="Tag" error={state && !state.ok ? state.fieldErrors?.tag : undefined} />
        </div>
        <div>
          <Select name="scope" value={scope} onChange={(e) => setScope(e.target.value as "selected" | "matching")} aria-label="Which subscribers">
            <option value="selected">to {selected.size} selected</option>
            <option value="matching">to all {matching} matching</option>
          </Select>
        </div>
        <SubmitButton pending={pending} disabled={scope === "selected" && selected.size === 0} variant="secondary" pendingText="Applying…">
          Apply
        </SubmitButton>
        <div className="basis-full empty:hidden">
          {state && !state.ok && state.fieldErrors?.tag && <p className="text-xs text-red-600">{state.fieldErrors.tag}</p>}
          <FormMessage state={state} />
        </div>
      </div>
      <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white shadow-sm">
        <table className="min-w-full divide-y divide-gray-200 text-sm">
          <thead className="bg-gray-50">
            <tr>
              <th className={`${th} w-8`}>
                <input type="checkbox" aria-label="Select all on this page" checked={allOnPage} onChange={() => setSelected(allOnPage ? new Set() : new Set(rows.map((r) => r.id)))} />
              </th>
              <th className={th}>Name</th>
              <th className={th}>Status</th>
              <th className={`${th} hidden sm:table-cell`}>Tags</th>
              <th className={`${th} hidden lg:table-cell`}>Fields</th>
              <th className={`${th} hidden md:table-cell`}>Last interaction</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-gray-100">
            {rows.map((s) => (
              <tr key={s.id} className="hover:bg-gray-50">
                <td className="px-3 py-3 align-top">
                  <input type="checkbox" name="ids[]" value={s.id} checked={selected.has(s.id)} onChange={() => toggle(s.id)} aria-label={`Select ${subscriberDisplayName(s)}`} />
                </td>
                <td className="max-w-48 px-3 py-3 align-top">
                  <Link href={`${base}/subscribers/${s.id}`} className="block truncate font-medium text-gray-900 hover:text-brand-700 hover:underline">
                    {subscriberDisplayName(s)}
                  </Link>
                  {s.username && <span className="block truncate text-xs text-gray-500">@{s.username}</span>}
                </td>
                <td className="px-3 py-3 align-top">
                  <SubscriberStatusBadge status={s.status} />
                </td>
                <td className="hidden min-w-32 px-3 py-3 align-top sm:table-cell">
                  <TagList tags={s.tags} />
                </td>
                <td className="hidden px-3 py-3 align-top lg:table-cell">
                  <VariableChips variables={s.variables} />
                </td>
                <td className="hidden whitespace-nowrap px-3 py-3 align-top text-gray-600 md:table-cell">{formatDateTime(s.lastInteractionAt, timezone)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </form>
  );
}
