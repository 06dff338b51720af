import { ConfirmActionForm } from "@/components/booking/confirm-action-form";
import { addLineupItemAction, deleteLineupItemAction, moveLineupItemAction, updateLineupItemAction } from "@/app/(dashboard)/[org]/events/[eventId]/actions";
import type { EventDetail } from "@/lib/ticketing";
import { uploadUrl } from "@/lib/uploads/upload-paths";
import { ActionButton } from "./action-button";
import { LineupItemForm } from "./lineup-item-form";

/** The event's lineup in order: photo, name, role; reorder, edit, remove; add a new entry (unless read-only). */
export function LineupEditor({ org, eventId, items, readOnly = false }: { org: string; eventId: string; items: EventDetail["lineup"]; readOnly?: boolean }) {
  const fields = (id: string) => ({ org, eventId, id });
  return (
    <div className="space-y-4">
      {items.length === 0 ? (
        <p className="text-sm text-gray-600">No one in the lineup yet.{readOnly ? "" : " Add the performers, designers or speakers buyers will see on the event page."}</p>
      ) : (
        <ol className="divide-y divide-gray-100 rounded-md border border-gray-200" aria-label="Lineup">
          {items.map((item, index) => (
            <li key={item.id} className="p-3">
              <div className="flex items-start gap-3">
                {item.imagePath ? (
                  // eslint-disable-next-line @next/next/no-img-element -- uploaded files are served as-is
                  <img src={uploadUrl(item.imagePath)} alt="" className="h-12 w-12 shrink-0 rounded-full object-cover" />
                ) : (
                  <div className="flex h-12 w-12 shrink-0 items-center justify-center rounded-full bg-gray-100 text-sm font-semibold text-gray-500">{item.name.slice(0, 1)}</div>
                )}
                <div className="min-w-0 flex-1">
                  <p className="font-medium text-gray-900">{item.name}</p>
                  <p className="text-sm text-gray-600">{item.role}</p>
                </div>
                {!readOnly && (
                  <div className="flex shrink-0 flex-wrap justify-end gap-1">
                    {index > 0 && <ActionButton action={moveLineupItemAction} fields={{ ...fields(item.id), direction: "up" }} label="↑" ariaLabel={`Move ${item.name} up`} />}
                    {index < items.length - 1 && <ActionButton action={moveLineupItemAction} fields={{ ...fields(item.id), direction: "down" }} label="↓" ariaLabel={`Move ${item.name} down`} />}
                  </div>
                )}
              </div>
              {!readOnly && (
                <details className="mt-2">
                  <summary className="cursor-pointer text-sm font-medium text-brand-700">Edit</summary>
                  <div className="mt-3 space-y-3">
                    <LineupItemForm
                      org={org}
                      eventId={eventId}
                      itemId={item.id}
                      initial={{ name: item.name, role: item.role, bio: item.bio ?? "", notes: item.notes ?? "", hasImage: Boolean(item.imagePath) }}
                      action={updateLineupItemAction}
                      submitLabel="Save entry"
                    />
                    <ConfirmActionForm action={deleteLineupItemAction} fields={fields(item.id)} confirmText={`Remove ${item.name} from the lineup?`} label="Remove from lineup" />
                  </div>
                </details>
              )}
            </li>
          ))}
        </ol>
      )}
      {!readOnly && (
        <details className="rounded-md border border-gray-200 p-3" open={items.length === 0}>
          <summary className="cursor-pointer text-sm font-medium text-gray-900">Add to the lineup</summary>
          <div className="mt-3">
            <LineupItemForm key={items.length} org={org} eventId={eventId} initial={{ name: "", role: "", bio: "", notes: "", hasImage: false }} action={addLineupItemAction} submitLabel="Add to lineup" />
          </div>
        </details>
      )}
    </div>
  );
}
