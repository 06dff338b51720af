// Which staff the dashboard calendar shows, kept in the URL as `staff=<id>,<id>` (no param:
// everyone). Unknown or inactive ids are dropped; a list that names nobody we know shows everyone.

/** The shown staff ids in the org's order, or null for everyone. */
export function parseShownStaff(raw: string | string[] | undefined, activeIds: string[]): string[] | null {
  const wanted = new Set(
    (Array.isArray(raw) ? raw : [raw ?? ""])
      .flatMap((v) => v.split(","))
      .map((v) => v.trim())
      .filter(Boolean),
  );
  const shown = activeIds.filter((id) => wanted.has(id));
  return shown.length === 0 || shown.length === activeIds.length ? null : shown;
}

/** The `staff` value after toggling one member; the last one shown cannot be hidden (null: everyone). */
export function toggleShownStaff(shown: string[] | null, id: string, activeIds: string[]): string | null {
  const current = shown ?? activeIds;
  const next = current.includes(id) ? current.filter((s) => s !== id) : activeIds.filter((s) => s === id || current.includes(s));
  if (next.length === 0 || next.length === activeIds.length) return null;
  return next.join(",");
}
