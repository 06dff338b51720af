import type { MetadataRoute } from "next";

// GET /manifest.webmanifest: lets a phone add the dashboard to its home screen with our icon.
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Frontdesk",
    short_name: "Frontdesk",
    description: "Run your customer front from one dashboard: Telegram bot, tickets, bookings and analytics.",
    start_url: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#4f46e5",
    icons: [
      { src: "/icon.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/apple-touch-icon.png", sizes: "180x180", type: "image/png" },
    ],
  };
}
