import { escapeHtml, sanitizeTelegramHtml } from "./format-telegram-html";
import { isBlank, readVariable } from "./read-variable";
import type { SubscriberSnapshot, VariableValue, Variables } from "./types";

// "{{first_name}}", "{{custom}}", "{{customer.email}}", and "{{name|there}}" with a fallback for
// a missing or empty value. How a value is put in depends on where it goes: escaped HTML in a
// message, percent-encoded in a URL, as is in a variable or a header.

const SINGLE = /^\{\{\s*([A-Za-z_][\w.]*)\s*\}\}$/;
const PLACEHOLDER = /\{\{\s*([A-Za-z_][\w.]*)\s*(?:\|([^}]*))?\}\}/g;

export type Scope = { variables: Variables; subscriber: SubscriberSnapshot };

export function formatValue(value: VariableValue | undefined): string {
  if (value === undefined || value === null) return "";
  return String(value);
}

export function interpolate(template: string, scope: Scope, encode: (value: string) => string = (v) => v): string {
  return template.replace(PLACEHOLDER, (_, name: string, fallback: string | undefined) => {
    const value = readVariable(name, scope.variables, scope.subscriber);
    return encode(isBlank(value) ? (fallback ?? "").trim() : formatValue(value));
  });
}

/** A message's text as Telegram HTML: the author's markup kept (sanitized), every value escaped. */
export function renderMessageText(template: string, scope: Scope): string {
  return sanitizeTelegramHtml(interpolate(template, scope, escapeHtml)).trim();
}

/** A URL template: values are percent-encoded so that they cannot change the URL's shape; "{{url}}" alone is a whole URL. */
export function renderUrl(template: string, scope: Scope): string {
  if (SINGLE.test(template.trim())) return interpolate(template, scope).trim();
  return interpolate(template, scope, encodeURIComponent).trim();
}

/** "{{var}}" alone keeps the variable's own type (number, boolean); anything else is text. */
export function renderValue(template: string, scope: Scope): VariableValue {
  const single = SINGLE.exec(template.trim());
  if (single) return readVariable(single[1], scope.variables, scope.subscriber) ?? null;
  return interpolate(template, scope);
}
