"use client";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { Field, Select, Textarea, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ActionState } from "@/lib/safe-action";
import { SlotPicker, type PickedSlot } from "./slot-picker";
import { detectTimeZone, TimeZoneSelect } from "./time-zone-select";

type Action = (state: ActionState<{ redirectUrl: string }>, data: FormData) => Promise<ActionState<{ redirectUrl: string }>>;

// The public booking flow on one page: who, when (in the client's zone), details, book.
export function BookingWidget({
  orgSlug,
  serviceSlug,
  staff,
  businessTimeZone,
  windowDays,
  paid,
  botRef = null,
  action,
}: {
  orgSlug: string;
  serviceSlug: string;
  staff: { id: string; name: string }[];
  businessTimeZone: string;
  windowDays: number | null;
  paid: boolean;
  /** The bot link's signed ref, posted along so the booking reaches the client's Telegram chat. */
  botRef?: string | null;
  action: Action;
}) {
  const router = useRouter();
  const [timeZone, setTimeZone] = useState<string | null>(null);
  const [staffId, setStaffId] = useState(staff.length === 1 ? staff[0].id : "any");
  const [slot, setSlot] = useState<PickedSlot | null>(null);
  const [refreshKey, setRefreshKey] = useState(0);
  const [state, onSubmit, pending] = useFormAction(action);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};

  useEffect(() => setTimeZone(detectTimeZone(businessTimeZone)), [businessTimeZone]);
  useEffect(() => {
    if (state?.ok && state.data?.redirectUrl) {
      if (state.data.redirectUrl.startsWith("/")) router.push(state.data.redirectUrl);
      else window.location.assign(state.data.redirectUrl);
    }
    // Someone else took the time: fresh slots, the typed details stay.
    if (state && !state.ok && (errors.slot || errors.start)) {
      setSlot(null);
      setRefreshKey((k) => k + 1);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);

  return (
    <div className="space-y-6">
      <div className="grid gap-4 sm:grid-cols-2">
        {staff.length > 1 && (
          <Field label="With" name="staff-choice">
            <Select
              name="staff-choice"
              value={staffId}
              onChange={(e) => {
                setStaffId(e.target.value);
                setSlot(null);
              }}
            >
              <option value="any">Anyone available</option>
              {staff.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </Select>
          </Field>
        )}
        <div className="space-y-1">
          <label htmlFor="tz" className="block text-sm font-medium text-gray-700">
            Times shown in
          </label>
          {timeZone && (
            <TimeZoneSelect
              value={timeZone}
              onChange={(tz) => {
                setTimeZone(tz);
                setSlot(null);
              }}
            />
          )}
          <p className="text-xs text-gray-500">The business is in {businessTimeZone.replaceAll("_", " ")}.</p>
        </div>
      </div>

      {timeZone ? (
        <SlotPicker slotsPath={`/api/book/${orgSlug}/${serviceSlug}/slots`} staff={staffId} timeZone={timeZone} windowDays={windowDays} selected={slot} onSelect={setSlot} refreshKey={refreshKey} />
      ) : (
        <p className="text-sm text-gray-500">Loading times…</p>
      )}

      <form onSubmit={onSubmit} className="space-y-4 border-t border-gray-200 pt-6" noValidate>
        <input type="hidden" name="org" value={orgSlug} />
        <input type="hidden" name="service" value={serviceSlug} />
        <input type="hidden" name="staff" value={staffId} />
        <input type="hidden" name="start" value={slot?.start ?? ""} />
        <input type="hidden" name="tz" value={timeZone ?? businessTimeZone} />
        {botRef && <input type="hidden" name="ref" value={botRef} />}
        <FormMessage state={state && !state.ok ? state : null} />
        <p className="text-sm text-gray-700" aria-live="polite">
          {slot ? (
            <>
              Your time:{" "}
              <b>
                {slot.dayLabel}, {slot.label}
              </b>{" "}
              ({timeZone?.replaceAll("_", " ")})
            </>
          ) : (
            "Pick a day and a time above."
          )}
        </p>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField label="Name" name="name" error={errors.name} autoComplete="name" maxLength={120} required />
          <TextField label="Email" name="email" type="email" error={errors.email} autoComplete="email" maxLength={254} required />
          <TextField label="Phone (optional)" name="phone" type="tel" error={errors.phone} autoComplete="tel" maxLength={32} />
          <div className="sm:col-span-2">
            <Field label="Notes (optional)" name="notes" error={errors.notes}>
              <Textarea name="notes" rows={3} error={errors.notes} maxLength={2000} />
            </Field>
          </div>
        </div>
        <SubmitButton pending={pending} disabled={!slot} pendingText={paid ? "Starting payment…" : "Booking…"} className="w-full sm:w-auto">
          {paid ? "Pay and book" : "Confirm booking"}
        </SubmitButton>
      </form>
    </div>
  );
}
