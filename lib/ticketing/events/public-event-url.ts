import { appUrl } from "@/lib/shared/app-url";
/** The public page of an event: what the dashboard links and buyers open. */
export function publicEventUrl(eventSlug: string): string {
  return appUrl(`/e/${encodeURIComponent(eventSlug)}`);
}
