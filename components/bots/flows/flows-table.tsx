import Link from "next/link";
import { ConfirmActionForm, type FormAction } from "@/components/booking/confirm-action-form";
import { Badge } from "@/components/ui/card";
import { TableCard } from "@/components/ui/table-card";
import { formatDateTime } from "@/lib/format";

// A bot's flows: name, triggers (with a warning when another published flow shares one), draft/published state, last change, duplicate and delete.
type Row = { id: string; name: string; triggers: string; conflicts: string[]; publishedVersion: number | null; unpublishedChanges: boolean; updatedAt: Date };

export function FlowsTable<D, R>({ base, org, botId, timeZone, rows, canManage, duplicate, remove }: { base: string; org: string; botId: string; timeZone: string; rows: Row[]; canManage: boolean; duplicate: FormAction<D>; remove: FormAction<R> }) {
  return (
    <TableCard>
      <table className="w-full min-w-[640px] text-left text-sm">
        <thead className="border-b border-gray-200 text-xs uppercase tracking-wide text-gray-500">
          <tr>
            <th className="px-5 py-3 font-medium">Flow</th>
            <th className="px-3 py-3 font-medium">Triggers</th>
            <th className="px-3 py-3 font-medium">State</th>
            <th className="px-3 py-3 font-medium">Updated</th>
            {canManage && <th className="px-5 py-3 text-right font-medium">Actions</th>}
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-100">
          {rows.map((flow) => (
            <tr key={flow.id}>
              <td className="px-5 py-3">
                <Link href={`${base}/${flow.id}`} className="font-medium text-brand-700 hover:underline">
                  {flow.name}
                </Link>
              </td>
              <td className={flow.conflicts.length ? "min-w-[16rem] px-3 py-3 text-gray-700" : "px-3 py-3 text-gray-700"}>
                {flow.triggers}
                {flow.conflicts.map((c) => (
                  <p key={c} className="mt-1 text-xs text-amber-800" role="note">
                    Shared trigger: {c}
                  </p>
                ))}
              </td>
              <td className="px-3 py-3">
                {flow.publishedVersion ? <Badge tone="green">Published v{flow.publishedVersion}</Badge> : <Badge>Draft</Badge>}
                {flow.unpublishedChanges && <span className="ml-2 text-xs text-amber-700">unpublished changes</span>}
              </td>
              <td className="whitespace-nowrap px-3 py-3 text-gray-600">{formatDateTime(flow.updatedAt, timeZone)}</td>
              {canManage && (
                <td className="px-5 py-3">
                  <div className="flex flex-wrap justify-end gap-2">
                    <ConfirmActionForm action={duplicate} fields={{ org, botId, flowId: flow.id }} confirmText={`Make an unpublished copy of “${flow.name}”?`} label="Duplicate" variant="secondary" />
                    <ConfirmActionForm action={remove} fields={{ org, botId, flowId: flow.id }} confirmText={`Delete “${flow.name}” with all its versions? Conversations running in it stop. This cannot be undone.`} label="Delete" />
                  </div>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableCard>
  );
}
