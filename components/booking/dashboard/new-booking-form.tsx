"use client";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Select, Textarea, TextField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import type { ManualBookingService } from "@/lib/booking/client";
import { formatMoney } from "@/lib/format";
import type { ActionState } from "@/lib/safe-action";
import { SlotPicker, type PickedSlot } from "../slot-picker";
import { CustomerPicker, type PickedCustomer } from "./customer-picker";

type Props<T> = { org: string; timeZone: string; services: ManualBookingService[]; action: (state: ActionState<T>, data: FormData) => Promise<ActionState<T>> };

// Book for a client: service, staff, a free time (short notice allowed), an existing or new
// client, notes, whether to email them and how they pay. A time taken meanwhile reloads the slots.
export function NewBookingForm<T>({ org, timeZone, services, action }: Props<T>) {
  const [serviceId, setServiceId] = useState(services[0]?.id ?? "");
  const [staffId, setStaffId] = useState("any");
  const [slot, setSlot] = useState<PickedSlot | null>(null);
  const [refreshKey, setRefreshKey] = useState(0);
  const [customer, setCustomer] = useState<PickedCustomer | null>(null);
  const [state, onSubmit, pending] = useFormAction(action);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const service = services.find((s) => s.id === serviceId);

  useEffect(() => {
    if (state && !state.ok && errors.start) {
      setSlot(null);
      setRefreshKey((k) => k + 1);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);

  const pickService = (id: string) => {
    setServiceId(id);
    setStaffId("any");
    setSlot(null);
  };
  return (
    <form onSubmit={onSubmit} className="space-y-6" noValidate>
      <input type="hidden" name="org" value={org} />
      <input type="hidden" name="start" value={slot?.start ?? ""} />
      <input type="hidden" name="customerId" value={customer?.id ?? ""} />
      <FormMessage state={state && !state.ok ? state : null} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Service" name="service" error={errors.service}>
          <Select name="service" value={serviceId} onChange={(e) => pickService(e.target.value)} error={errors.service}>
            {services.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} ({s.durationMinutes} min{s.price > 0 ? `, ${formatMoney(s.price, s.currency)}` : ""})
              </option>
            ))}
          </Select>
        </Field>
        <Field label="With" name="staff" error={errors.staff}>
          <Select
            name="staff"
            value={staffId}
            onChange={(e) => {
              setStaffId(e.target.value);
              setSlot(null);
            }}
            error={errors.staff}
          >
            <option value="any">Anyone available</option>
            {service?.staff.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <section className="space-y-2">
        <h3 className="text-sm font-medium text-gray-700">
          Day and time <span className="font-normal text-gray-500">({timeZone})</span>
        </h3>
        {service && service.staff.length > 0 ? (
          <SlotPicker
            key={serviceId}
            slotsPath={`/api/orgs/${org}/bookings/slots?service=${encodeURIComponent(serviceId)}`}
            staff={staffId}
            timeZone={timeZone}
            windowDays={service.bookingWindowDays}
            selected={slot}
            onSelect={setSlot}
            refreshKey={refreshKey}
          />
        ) : (
          <p className="text-sm text-amber-700">Nobody performs this service yet: assign staff to it first.</p>
        )}
        {errors.start && (
          <p role="alert" className="text-sm text-red-600">
            {errors.start}
          </p>
        )}
        <p className="text-sm text-gray-700" aria-live="polite">
          {slot ? (
            <>
              Chosen:{" "}
              <b>
                {slot.dayLabel}, {slot.label}
              </b>
            </>
          ) : (
            "Pick a day and a time."
          )}
        </p>
      </section>
      <section className="space-y-4 border-t border-gray-200 pt-6">
        <h3 className="text-base font-semibold text-gray-900">Client</h3>
        {customer ? (
          <div className="flex flex-wrap items-center justify-between gap-2 rounded-md bg-gray-50 px-3 py-2 text-sm">
            <span>
              Existing customer: <b>{customer.name || "(no name)"}</b>
            </span>
            <Button type="button" variant="ghost" onClick={() => setCustomer(null)}>
              Change
            </Button>
          </div>
        ) : (
          <CustomerPicker org={org} onPick={setCustomer} />
        )}
        {errors.customerId && (
          <p role="alert" className="text-sm text-red-600">
            {errors.customerId}
          </p>
        )}
        <div key={customer?.id ?? "new"} className="grid gap-4 sm:grid-cols-3">
          <TextField label="Name" name="name" defaultValue={customer?.name ?? ""} error={errors.name} maxLength={200} required />
          <TextField label="Email" name="email" type="email" defaultValue={customer?.email ?? ""} error={errors.email} maxLength={254} required hint={customer && !customer.email ? "This customer has no email yet" : undefined} />
          <TextField label="Phone (optional)" name="phone" type="tel" defaultValue={customer?.phone ?? ""} error={errors.phone} maxLength={40} />
        </div>
        <Field label="Notes (optional)" name="notes" error={errors.notes}>
          <Textarea name="notes" rows={2} maxLength={2000} error={errors.notes} />
        </Field>
      </section>
      <section className="space-y-3 border-t border-gray-200 pt-6">
        {service && service.price > 0 && (
          <fieldset className="space-y-1 text-sm">
            <legend className="font-medium text-gray-700">Payment ({formatMoney(service.price, service.currency)})</legend>
            <label className="flex items-center gap-2">
              <input type="radio" name="payment" value="venue" defaultChecked /> Pays at the venue (recorded as paid)
            </label>
            <label className="flex items-center gap-2">
              <input type="radio" name="payment" value="free" /> Free of charge
            </label>
          </fieldset>
        )}
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="sendConfirmation" defaultChecked /> Send the client a confirmation email
        </label>
      </section>
      <SubmitButton pending={pending} disabled={!slot} pendingText="Booking…">
        {slot ? `Book ${slot.dayLabel}, ${slot.label}` : "Pick a time first"}
      </SubmitButton>
    </form>
  );
}
