/** The public booking page of a service: what the dashboard shows and clients open. */
export function publicBookingUrl(orgSlug: string, serviceSlug: string, appUrl = process.env.APP_URL || "http://localhost:3000"): string {
  return new URL(`/book/${encodeURIComponent(orgSlug)}/${encodeURIComponent(serviceSlug)}`, appUrl).toString();
}
