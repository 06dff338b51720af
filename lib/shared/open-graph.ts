import type { Metadata } from "next";
import { appBaseUrl } from "@/lib/shared/app-url";

// Open Graph for public pages. The root layout's metadataBase (APP_URL) makes these paths
// absolute. A page's openGraph replaces the layout's whole, so each one names its image:
// its own (an event cover) or the Frontdesk card in public/og.png.
export const DEFAULT_OG_IMAGE = { url: "/og.png", width: 1200, height: 630, alt: "Frontdesk" };

export function publicOpenGraph({ path, title, description, siteName = "Frontdesk", image }: { path: string; title: string; description?: string; siteName?: string; image?: string | null }): NonNullable<Metadata["openGraph"]> {
  return { type: "website", url: path, title, description, siteName, images: [image ? { url: image } : DEFAULT_OG_IMAGE] };
}

/** The app's public address, from which metadata links are made absolute. */
export function metadataBase(): URL {
  return new URL(appBaseUrl());
}
