import { STAFF_EDITS_DRAFTS_ONLY } from "@/lib/ticketing";

/** Shown to staff instead of the edit controls of an event in review or published. */
export function StaffEditNotice() {
  return (
    <p role="note" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800">
      {STAFF_EDITS_DRAFTS_ONLY}
    </p>
  );
}
