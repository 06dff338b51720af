import type { Metadata } from "next";
import { DEFAULT_OG_IMAGE, metadataBase } from "@/lib/shared/open-graph";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: metadataBase(),
  title: { default: "Frontdesk", template: "%s · Frontdesk" },
  description: "Run your customer front from one dashboard: Telegram bot, tickets, bookings and analytics.",
  icons: {
    icon: [
      { url: "/favicon.ico", sizes: "any" },
      { url: "/icon.png", type: "image/png", sizes: "512x512" },
    ],
    apple: "/apple-touch-icon.png",
  },
  openGraph: { type: "website", siteName: "Frontdesk", images: [DEFAULT_OG_IMAGE] },
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
