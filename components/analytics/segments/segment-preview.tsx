import type { ActionState } from "@/lib/safe-action";
import { SegmentMembersTable, type MemberRow } from "./segment-members-table";

// What the form's preview panel shows for the last preview answer: the live count and first
// members, or why there is nothing to show yet.
export type SegmentPreview = { count: number; members: (MemberRow & { lastOrderAt: string | null })[] };

export function SegmentPreviewBody({ slug, preview, currency, timeZone }: { slug: string; preview: ActionState<SegmentPreview>; currency: string; timeZone: string }) {
  if (!preview) return <p className="px-5 pb-5 text-sm text-gray-500">Set a condition to see who matches.</p>;
  if (!preview.ok) {
    const fields = Object.entries(preview.fieldErrors ?? {}).filter(([k]) => k !== "definition");
    if (preview.fieldErrors?.definition) return <p className="px-5 pb-5 text-sm text-gray-500">Set a condition to see who matches.</p>;
    return (
      <div className="px-5 pb-5 text-sm text-amber-800">
        <p>{fields.length ? "Fix these to see who matches:" : preview.message}</p>
        {fields.length > 0 && (
          <ul className="mt-1 list-disc pl-5">
            {fields.map(([k, v]) => (
              <li key={k}>{v}</li>
            ))}
          </ul>
        )}
      </div>
    );
  }
  const { count, members } = preview.data!;
  return (
    <>
      <p className="px-5 pb-3 text-sm text-gray-700">
        <span className="text-2xl font-semibold tabular-nums text-gray-900">{count.toLocaleString("en-US")}</span> customer{count === 1 ? "" : "s"} match now
        {count > members.length && `; the first ${members.length} by value:`}
      </p>
      {members.length > 0 ? (
        <div className="max-h-[32rem] overflow-auto border-t border-gray-100">
          <SegmentMembersTable slug={slug} rows={members} currency={currency} timeZone={timeZone} compact />
        </div>
      ) : (
        <p className="px-5 pb-5 text-sm text-gray-500">Nobody matches these conditions right now. The segment stays live: customers join as they come to match.</p>
      )}
    </>
  );
}
