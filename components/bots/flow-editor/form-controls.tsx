"use client";
import { useState } from "react";
import { Field, Input, Select, Textarea } from "@/components/ui/field";

// Inputs bound to a node's data (controlled, saved on every change by the store). `name` is the
// data field: ids stay unique per open node, errors come from fieldIssues.

type Base = { label: string; name: string; error?: string; hint?: string };

export function TextControl({ label, name, error, hint, value, onChange, multiline, placeholder }: Base & { value: string; onChange: (v: string) => void; multiline?: boolean; placeholder?: string }) {
  return (
    <Field label={label} name={name} error={error} hint={hint}>
      {multiline ? (
        <Textarea name={name} error={error} rows={4} value={value} placeholder={placeholder} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <Input name={name} error={error} value={value} placeholder={placeholder} onChange={(e) => onChange(e.target.value)} />
      )}
    </Field>
  );
}

/** A number field: an empty or out-of-range entry keeps the last good value and says so. */
export function NumberControl({ label, name, error, hint, value, onChange, min, max, optional }: Base & { value: number | undefined; onChange: (v: number | undefined) => void; min?: number; max?: number; optional?: boolean }) {
  const [local, setLocal] = useState<string | null>(null);
  const range = min !== undefined && max !== undefined ? ` from ${min} to ${max}` : "";
  return (
    <Field label={label} name={name} error={local ?? error} hint={hint ?? (range ? range.trim().replace(/^from/, "From") : undefined)}>
      <Input
        name={name}
        error={local ?? error}
        type="number"
        defaultValue={value ?? ""}
        min={min}
        max={max}
        onChange={(e) => {
          const raw = e.target.value.trim();
          if (raw === "" && optional) return (setLocal(null), onChange(undefined));
          const n = Number(raw);
          const bad = raw === "" || !Number.isFinite(n) || (min !== undefined && n < min) || (max !== undefined && n > max);
          setLocal(bad ? `Enter a number${range}.` : null);
          if (!bad) onChange(n);
        }}
      />
    </Field>
  );
}

export function SelectControl<T extends string>({ label, name, error, hint, value, onChange, options }: Base & { value: T; onChange: (v: T) => void; options: readonly (readonly [T, string])[] }) {
  return (
    <Field label={label} name={name} error={error} hint={hint}>
      <Select name={name} error={error} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** Comma-separated words (keywords, tags) edited as one text field. */
export function WordsControl({ label, name, error, hint, value, onChange }: Base & { value: string[]; onChange: (v: string[]) => void }) {
  return <TextControl label={label} name={name} error={error} hint={hint ?? "Separate with commas"} value={value.join(", ")} onChange={(v) => onChange(v.split(",").map((w) => w.trimStart()))} />;
}

/** A list of rows with add/remove: buttons, options, rules, headers, branches. */
export function ListControl<T>({
  label,
  error,
  items,
  onChange,
  make,
  max,
  addLabel,
  children,
}: {
  label: string;
  error?: string;
  items: T[];
  onChange: (items: T[]) => void;
  make: () => T;
  max: number;
  addLabel: string;
  children: (item: T, update: (item: T) => void, index: number) => React.ReactNode;
}) {
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-gray-700">{label}</legend>
      {items.map((item, i) => (
        <div key={i} className="relative space-y-2 rounded-md border border-gray-200 bg-gray-50 p-2 pr-8">
          {children(item, (next) => onChange(items.map((x, j) => (j === i ? next : x))), i)}
          <button type="button" className="absolute right-1 top-1 rounded px-1.5 text-gray-500 hover:bg-gray-200 hover:text-gray-900" aria-label={`Remove ${label.toLowerCase()} ${i + 1}`} onClick={() => onChange(items.filter((_, j) => j !== i))}>
            ×
          </button>
        </div>
      ))}
      {items.length < max && (
        <button type="button" className="text-sm font-medium text-brand-700 hover:underline" onClick={() => onChange([...items, make()])}>
          + {addLabel}
        </button>
      )}
      {error && (
        <p className="text-xs text-red-600" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
