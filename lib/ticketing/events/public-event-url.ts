/** The public page of an event: what the dashboard links and buyers open. */
export function publicEventUrl(eventSlug: string, appUrl = process.env.APP_URL || "http://localhost:3000"): string {
  return new URL(`/e/${encodeURIComponent(eventSlug)}`, appUrl).toString();
}
