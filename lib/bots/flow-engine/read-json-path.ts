import type { VariableValue } from "./types";

// "data.items.0.name" (or "data.items[0].name") out of an HTTP response, as a variable value:
// scalars as they are, objects and arrays as JSON text, missing as null.

export function readJsonPath(json: unknown, path: string): VariableValue {
  const keys = path
    .replace(/\[(\d+)\]/g, ".$1")
    .split(".")
    .filter(Boolean);
  let value: unknown = json;
  for (const key of keys) {
    if (value === null || typeof value !== "object" || !Object.hasOwn(value, key)) return null;
    value = (value as Record<string, unknown>)[key];
  }
  if (value === undefined || value === null) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return JSON.stringify(value).slice(0, 4096);
}
