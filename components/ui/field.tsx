import clsx from "clsx";

const inputClass = "block w-full rounded-md border border-gray-300 bg-white px-3 py-2 text-sm shadow-sm placeholder:text-gray-400 focus:border-brand-500 focus:outline-none focus:ring-1 focus:ring-brand-500 aria-[invalid=true]:border-red-500";

/**
 * A required field's mark right after its label, seen before anyone submits. The control itself
 * carries `required` (which screen readers announce), so the star is hidden from them, and it sits
 * outside the <label> so the label (and the control's name) stays exactly its text.
 */
export function RequiredMark() {
  return (
    <span aria-hidden="true" title="Required" data-required-mark="" className="ml-0.5 text-red-600">
      *
    </span>
  );
}

/** A field's label with its required mark after it. */
export function FieldLabel({ htmlFor, label, required }: { htmlFor: string; label: React.ReactNode; required?: boolean }) {
  const text = (
    <label htmlFor={htmlFor} className="block text-sm font-medium text-gray-700">
      {label}
    </label>
  );
  if (!required) return text;
  return (
    <div className="flex items-baseline">
      {text}
      <RequiredMark />
    </div>
  );
}

/** Label + control + hint + error, wired for screen readers. `required`: mark the label (pass `required` to the control too). */
export function Field({ label, name, error, hint, required, children }: { label: string; name: string; error?: string; hint?: string; required?: boolean; children?: React.ReactNode }) {
  return (
    <div className="space-y-1">
      <FieldLabel htmlFor={name} label={label} required={required} />
      {children}
      {hint && !error && <p className="text-xs text-gray-500">{hint}</p>}
      {error && (
        <p id={`${name}-error`} className="text-xs text-red-600" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

export function Input({ name, error, className, ...props }: React.InputHTMLAttributes<HTMLInputElement> & { name: string; error?: string }) {
  return <input id={props.id ?? name} name={name} aria-invalid={Boolean(error)} aria-describedby={error ? `${name}-error` : undefined} className={clsx(inputClass, className)} {...props} />;
}

export function Textarea({ name, error, className, ...props }: React.TextareaHTMLAttributes<HTMLTextAreaElement> & { name: string; error?: string }) {
  return <textarea id={props.id ?? name} name={name} aria-invalid={Boolean(error)} className={clsx(inputClass, className)} {...props} />;
}

export function Select({ name, error, className, children, ...props }: React.SelectHTMLAttributes<HTMLSelectElement> & { name: string; error?: string }) {
  return (
    <select id={props.id ?? name} name={name} aria-invalid={Boolean(error)} className={clsx(inputClass, className)} {...props}>
      {children}
    </select>
  );
}

/** A labelled text input with its error: the common case in one line; `required` marks the label too. */
export function TextField({ label, name, error, hint, ...props }: React.InputHTMLAttributes<HTMLInputElement> & { label: string; name: string; error?: string; hint?: string }) {
  return (
    <Field label={label} name={name} error={error} hint={hint} required={props.required}>
      <Input name={name} error={error} {...props} />
    </Field>
  );
}
