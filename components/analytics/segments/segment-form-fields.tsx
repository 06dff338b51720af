import { Input } from "@/components/ui/field";

// The segment form's grouped inputs: a list of checkboxes (any of) and a from-to pair.
export function Checkboxes({ legend, name, options, checked, error, hint }: { legend: string; name: string; options: { value: string; label: string; note?: string }[]; checked: string[]; error?: string; hint?: string }) {
  return (
    <fieldset aria-invalid={Boolean(error)} aria-describedby={error ? `${name}-error` : undefined}>
      <legend className="text-sm font-medium text-gray-700">{legend}</legend>
      {hint && <p className="text-xs text-gray-500">{hint}</p>}
      <div className="mt-2 flex flex-wrap gap-2">
        {options.map((o) => (
          <label
            key={o.value}
            className="inline-flex cursor-pointer items-center gap-2 rounded-md border border-gray-300 bg-white px-2.5 py-1.5 text-sm text-gray-800 has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50 has-[:checked]:text-brand-700"
          >
            <input type="checkbox" name={`${name}[]`} value={o.value} defaultChecked={checked.includes(o.value)} className="h-4 w-4 rounded border-gray-300 text-brand-600 focus:ring-brand-500" />
            {o.label}
            {o.note && <span className="text-xs text-gray-500">{o.note}</span>}
          </label>
        ))}
      </div>
      {error && (
        <p id={`${name}-error`} role="alert" className="mt-1 text-xs text-red-600">
          {error}
        </p>
      )}
    </fieldset>
  );
}

export function Range({
  label,
  minName,
  maxName,
  values,
  errors,
  hint,
  inputMode = "decimal",
  placeholder,
}: {
  label: string;
  minName: string;
  maxName: string;
  values: Record<string, string>;
  errors: Record<string, string>;
  hint?: string;
  inputMode?: "decimal" | "numeric";
  placeholder?: [string, string];
}) {
  const error = errors[minName] ?? errors[maxName];
  return (
    <div className="space-y-1">
      <span className="block text-sm font-medium text-gray-700">{label}</span>
      <div className="flex items-center gap-2">
        <label htmlFor={minName} className="sr-only">{`${label}: from`}</label>
        <Input name={minName} inputMode={inputMode} defaultValue={values[minName]} error={errors[minName]} placeholder={placeholder?.[0] ?? "from"} autoComplete="off" />
        <span className="text-gray-400">–</span>
        <label htmlFor={maxName} className="sr-only">{`${label}: to`}</label>
        <Input name={maxName} inputMode={inputMode} defaultValue={values[maxName]} error={errors[maxName]} placeholder={placeholder?.[1] ?? "to"} autoComplete="off" />
      </div>
      {hint && !error && <p className="text-xs text-gray-500">{hint}</p>}
      {error && (
        <p id={`${errors[minName] ? minName : maxName}-error`} role="alert" className="text-xs text-red-600">
          {error}
        </p>
      )}
    </div>
  );
}
