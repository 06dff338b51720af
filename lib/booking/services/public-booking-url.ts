import { appUrl } from "@/lib/shared/app-url";
/** The public booking page of a service: what the dashboard shows and clients open. */
export function publicBookingUrl(orgSlug: string, serviceSlug: string): string {
  return appUrl(`/book/${encodeURIComponent(orgSlug)}/${encodeURIComponent(serviceSlug)}`);
}
