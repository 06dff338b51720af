"use client";
import clsx from "clsx";
import Link from "next/link";
import { usePathname } from "next/navigation";

const items = [
  { href: "", label: "Overview", icon: "◎" },
  { href: "/bots", label: "Bots", icon: "✉" },
  { href: "/events", label: "Events", icon: "🎟" },
  { href: "/bookings", label: "Bookings", icon: "🗓" },
  { href: "/customers", label: "Customers", icon: "☺" },
  { href: "/analytics", label: "Analytics", icon: "▦" },
  { href: "/settings", label: "Settings", icon: "⚙" },
];

export function Sidebar({ slug }: { slug: string }) {
  const pathname = usePathname();
  const base = `/${slug}`;
  return (
    <nav aria-label="Main" className="flex flex-col gap-0.5">
      {items.map((item) => {
        const href = base + item.href;
        const active = item.href === "" ? pathname === base : pathname === href || pathname.startsWith(`${href}/`);
        return (
          <Link
            key={item.label}
            href={href}
            aria-current={active ? "page" : undefined}
            className={clsx("flex items-center gap-3 rounded-md px-3 py-2 text-sm font-medium", active ? "bg-brand-50 text-brand-700" : "text-gray-700 hover:bg-gray-100")}
          >
            <span aria-hidden className="w-5 text-center text-base">
              {item.icon}
            </span>
            {item.label}
          </Link>
        );
      })}
    </nav>
  );
}
