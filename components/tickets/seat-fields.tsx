import { FieldLabel } from "@/components/ui/field";

export type SeatValue = { ticketTypeId: string; name: string; email: string };

const inputClass = "block w-full rounded-md border border-gray-300 bg-white px-3 py-2 text-sm shadow-sm placeholder:text-gray-400 focus:border-brand-500 focus:outline-none focus:ring-1 focus:ring-brand-500 aria-[invalid=true]:border-red-500";

/** A labelled input with its error under it (the form is a client component: no server Field). */
export function LabeledInput({ id, label, error, ...props }: React.InputHTMLAttributes<HTMLInputElement> & { id: string; label: string; error?: string }) {
  return (
    <div className="space-y-1">
      <FieldLabel htmlFor={id} label={label} required={props.required} />
      <input id={id} aria-invalid={Boolean(error)} aria-describedby={error ? `${id}-error` : undefined} className={inputClass} {...props} />
      {error && (
        <p id={`${id}-error`} role="alert" className="text-xs text-red-600">
          {error}
        </p>
      )}
    </div>
  );
}

/** Name and email for each seat; blank ones are the buyer's. */
export function SeatFields({ seats, typeNames, errors, onChange }: { seats: SeatValue[]; typeNames: Record<string, string>; errors: Record<string, string>; onChange: (index: number, seat: SeatValue) => void }) {
  if (seats.length < 2) return null;
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-semibold text-gray-900">Who is coming?</legend>
      <p className="text-xs text-gray-500">Each ticket is emailed to its attendee. Leave a seat blank to get it yourself.</p>
      {seats.map((seat, i) => (
        <div key={i} className="grid gap-3 rounded-md border border-gray-200 p-3 sm:grid-cols-2">
          <p className="text-xs font-medium text-gray-600 sm:col-span-2">
            Ticket {i + 1} · {typeNames[seat.ticketTypeId]}
          </p>
          <LabeledInput id={`attendees.${i}.name`} label={`Ticket ${i + 1} name`} value={seat.name} error={errors[`attendees.${i}.name`]} autoComplete="off" onChange={(e) => onChange(i, { ...seat, name: e.target.value })} />
          <LabeledInput id={`attendees.${i}.email`} label={`Ticket ${i + 1} email`} type="email" value={seat.email} error={errors[`attendees.${i}.email`]} autoComplete="off" onChange={(e) => onChange(i, { ...seat, email: e.target.value })} />
        </div>
      ))}
    </fieldset>
  );
}
