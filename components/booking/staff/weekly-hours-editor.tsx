"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import type { TimeRange, Weekday } from "@/lib/booking/client";
import type { FormAction } from "../confirm-action-form";
import { TimeRangesInput } from "./time-ranges-input";

const dayNames: Record<Weekday, string> = { 1: "Monday", 2: "Tuesday", 3: "Wednesday", 4: "Thursday", 5: "Friday", 6: "Saturday", 7: "Sunday" };
const days = [1, 2, 3, 4, 5, 6, 7] as const;

/** Weekly working hours: several ranges per weekday, copy Monday to Tue-Fri, saved as a whole. */
export function WeeklyHoursEditor<T>({ org, staffMemberId, timeZone, initial, action }: { org: string; staffMemberId: string; timeZone: string; initial: Record<Weekday, TimeRange[]>; action: FormAction<T> }) {
  const [hours, setHours] = useState(initial);
  const [state, onSubmit, pending] = useFormAction(action);
  const errors = (state && !state.ok ? state.fieldErrors : undefined) ?? {};
  const copyMonday = () => setHours((h) => ({ ...h, 2: [...h[1]], 3: [...h[1]], 4: [...h[1]], 5: [...h[1]] }));
  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      <input type="hidden" name="org" value={org} />
      <input type="hidden" name="id" value={staffMemberId} />
      <input type="hidden" name="hours" value={JSON.stringify(hours)} />
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-gray-600">
          Times are in <span className="font-medium">{timeZone}</span>. An end before the start runs past midnight.
        </p>
        <Button type="button" variant="secondary" onClick={copyMonday} disabled={hours[1].length === 0}>
          Copy Monday to weekdays
        </Button>
      </div>
      <FormMessage state={state} />
      {errors.hours && (
        <p className="text-sm text-red-600" role="alert">
          {errors.hours}
        </p>
      )}
      <div className="divide-y divide-gray-100 rounded-md border border-gray-200">
        {days.map((d) => (
          <div key={d} className="flex flex-col gap-2 px-3 py-3 sm:flex-row sm:items-start">
            <div className="w-28 shrink-0 pt-1.5 text-sm font-medium text-gray-900">{dayNames[d]}</div>
            <div className="flex-1">
              <TimeRangesInput label={dayNames[d]} ranges={hours[d]} onChange={(next) => setHours((h) => ({ ...h, [d]: next }))} errorFor={(i) => errors[`hours.${d}.${i}`] ?? (i === 0 ? errors[`hours.${d}`] : undefined)} />
            </div>
          </div>
        ))}
      </div>
      <SubmitButton pending={pending}>Save working hours</SubmitButton>
    </form>
  );
}
