"use client";
import clsx from "clsx";
import Link from "next/link";
import { usePathname } from "next/navigation";

/** The sections of an area as tabs under `base`; the tab with href "" is the area's index. */
export function SectionTabs({ label, base, tabs }: { label: string; base: string; tabs: { href: string; label: string }[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="mb-6 flex gap-1 overflow-x-auto border-b border-gray-200">
      {tabs.map((tab) => {
        const href = base + tab.href;
        const active = tab.href === "" ? pathname === base : pathname === href || pathname.startsWith(`${href}/`);
        return (
          <Link
            key={tab.label}
            href={href}
            aria-current={active ? "page" : undefined}
            className={clsx("-mb-px shrink-0 border-b-2 px-4 py-2 text-sm font-medium", active ? "border-brand-600 text-brand-700" : "border-transparent text-gray-600 hover:border-gray-300 hover:text-gray-900")}
          >
            {tab.label}
          </Link>
        );
      })}
    </nav>
  );
}
