"use client";
import clsx from "clsx";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { Icon, type IconName } from "@/components/ui/icons";

const items: { href: string; label: string; icon: IconName }[] = [
  { href: "", label: "Overview", icon: "overview" },
  { href: "/bots", label: "Bots", icon: "bots" },
  { href: "/events", label: "Events", icon: "events" },
  { href: "/bookings", label: "Bookings", icon: "bookings" },
  { href: "/customers", label: "Customers", icon: "customers" },
  { href: "/analytics", label: "Analytics", icon: "analytics" },
  { href: "/settings", label: "Settings", icon: "settings" },
];

export function Sidebar({ slug, horizontal = false }: { slug: string; horizontal?: boolean }) {
  const pathname = usePathname();
  const base = `/${slug}`;
  return (
    <nav aria-label="Main" className={clsx("flex gap-0.5", horizontal ? "flex-row" : "flex-col")}>
      {items.map((item) => {
        const href = base + item.href;
        const active = item.href === "" ? pathname === base : pathname === href || pathname.startsWith(`${href}/`);
        return (
          <Link
            key={item.label}
            href={href}
            aria-current={active ? "page" : undefined}
            className={clsx("flex shrink-0 items-center gap-3 rounded-md px-3 py-2 text-sm font-medium", active ? "bg-brand-50 text-brand-700" : "text-gray-700 hover:bg-gray-100")}
          >
            <Icon name={item.icon} className="h-5 w-5 shrink-0" />
            {item.label}
          </Link>
        );
      })}
    </nav>
  );
}
