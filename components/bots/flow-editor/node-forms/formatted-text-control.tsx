"use client";
import { useRef } from "react";
import { Field, Textarea } from "@/components/ui/field";

// Message text with Telegram's formatting: the buttons wrap the selection in the tags Telegram
// accepts; {{variables}} are filled in when the message is sent.

const marks = [
  { label: "B", title: "Bold", open: "<b>", close: "</b>", className: "font-bold" },
  { label: "I", title: "Italic", open: "<i>", close: "</i>", className: "italic" },
  { label: "U", title: "Underline", open: "<u>", close: "</u>", className: "underline" },
  { label: "</>", title: "Code", open: "<code>", close: "</code>", className: "font-mono" },
  { label: "Link", title: "Link", open: '<a href="https://">', close: "</a>", className: "" },
  { label: "{{ }}", title: "Insert the first name", open: "{{first_name}}", close: "", className: "font-mono" },
] as const;

export function FormattedTextControl({ label, name, value, onChange, error }: { label: string; name: string; value: string; onChange: (v: string) => void; error?: string }) {
  const box = useRef<HTMLDivElement>(null);
  const wrap = (open: string, close: string) => {
    const el = box.current?.querySelector("textarea");
    const [start, end] = el ? [el.selectionStart, el.selectionEnd] : [value.length, value.length];
    onChange(value.slice(0, start) + open + value.slice(start, end) + close + value.slice(end));
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(start + open.length, end + open.length);
    });
  };
  return (
    <Field label={label} name={name} error={error} hint="Variables: {{first_name}}, {{your_variable}}, {{name|fallback}}">
      <div className="flex flex-wrap gap-1" role="toolbar" aria-label="Formatting">
        {marks.map((m) => (
          <button key={m.title} type="button" title={m.title} aria-label={m.title} onClick={() => wrap(m.open, m.close)} className={`rounded border border-gray-300 bg-white px-2 py-0.5 text-xs text-gray-700 hover:bg-gray-100 ${m.className}`}>
            {m.label}
          </button>
        ))}
      </div>
      <div ref={box}>
        <Textarea name={name} error={error} rows={5} value={value} onChange={(e) => onChange(e.target.value)} />
      </div>
    </Field>
  );
}
