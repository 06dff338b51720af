"use client";
import { useState } from "react";
import { Field, Input } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import type { TimeRange } from "@/lib/booking/client";
import type { FormAction } from "../confirm-action-form";
import { TimeRangesInput } from "./time-ranges-input";

/** A day off or special hours on one date (replaces that date's weekly hours). */
export function OverrideForm<T>({ org, staffMemberId, today, action }: { org: string; staffMemberId: string; today: string; action: FormAction<T> }) {
  const [kind, setKind] = useState<"off" | "hours">("off");
  const [ranges, setRanges] = useState<TimeRange[]>([{ start: "10:00", end: "14:00" }]);
  const [state, onSubmit, pending] = useFormAction(action);
  const errors = (state && !state.ok ? state.fieldErrors : undefined) ?? {};
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <input type="hidden" name="org" value={org} />
      <input type="hidden" name="id" value={staffMemberId} />
      {kind === "hours" && <input type="hidden" name="ranges" value={JSON.stringify(ranges)} />}
      <FormMessage state={state} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <Field label="Date" name="date" error={errors.date} required>
          <Input type="date" name="date" min={today} defaultValue={today} error={errors.date} required />
        </Field>
        <fieldset className="space-y-1">
          <legend className="text-sm font-medium text-gray-700">On this date</legend>
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" name="kind" value="off" checked={kind === "off"} onChange={() => setKind("off")} /> Day off
          </label>
          <label className="flex items-center gap-2 text-sm">
            <input type="radio" name="kind" value="hours" checked={kind === "hours"} onChange={() => setKind("hours")} /> Special hours
          </label>
        </fieldset>
      </div>
      {kind === "hours" && (
        <div>
          <TimeRangesInput label="Special hours" ranges={ranges} onChange={setRanges} errorFor={(i) => errors[`ranges.${i}`]} emptyText="No ranges: add one, or choose a day off." />
          {errors.ranges && (
            <p className="mt-1 text-xs text-red-600" role="alert">
              {errors.ranges}
            </p>
          )}
        </div>
      )}
      <SubmitButton pending={pending}>{kind === "off" ? "Add day off" : "Save special hours"}</SubmitButton>
    </form>
  );
}
