import { env } from "@/lib/env";

// Every absolute link the app hands out (emails, Stripe return URLs, webhooks, metadata) is made
// here from APP_URL, so a trailing slash or a path prefix in it is treated one way everywhere.

/** APP_URL without a trailing slash, e.g. "https://book.example.com". */
export function appBaseUrl(): string {
  return env().APP_URL.replace(/\/+$/, "");
}

/** The absolute URL of an app path ("/e/summer-fest"); `path` starts with "/". */
export function appUrl(path: string): string {
  return `${appBaseUrl()}${path}`;
}
