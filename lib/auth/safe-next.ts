/**
 * A post-sign-in destination is only ever a path on this site. Anything else (another host,
 * "//evil", "/\evil", whitespace tricks, several values) falls back to undefined.
 */
export function safeNextPath(value: unknown): string | undefined {
  const path = Array.isArray(value) ? value[0] : value;
  if (typeof path !== "string" || path.length > 500) return undefined;
  if (!/^\/(?![/\\])/.test(path) || /[\\\s\u0000-\u001f\u007f]/.test(path)) return undefined;
  try {
    return new URL(path, "http://frontdesk.invalid").origin === "http://frontdesk.invalid" ? path : undefined;
  } catch {
    return undefined;
  }
}
