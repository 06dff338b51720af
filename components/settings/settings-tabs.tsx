"use client";
import clsx from "clsx";
import Link from "next/link";
import { usePathname } from "next/navigation";

const tabs = [
  { href: "", label: "General" },
  { href: "/members", label: "Members" },
  { href: "/emails", label: "Emails" },
];

/** General, Members, Emails: the Settings sections as tabs. */
export function SettingsTabs({ slug }: { slug: string }) {
  const pathname = usePathname();
  const base = `/${slug}/settings`;
  return (
    <nav aria-label="Settings" className="mb-6 flex gap-1 border-b border-gray-200">
      {tabs.map((tab) => {
        const href = base + tab.href;
        const active = tab.href === "" ? pathname === base : pathname === href || pathname.startsWith(`${href}/`);
        return (
          <Link
            key={tab.label}
            href={href}
            aria-current={active ? "page" : undefined}
            className={clsx(
              "-mb-px border-b-2 px-4 py-2 text-sm font-medium",
              active ? "border-brand-600 text-brand-700" : "border-transparent text-gray-600 hover:border-gray-300 hover:text-gray-900",
            )}
          >
            {tab.label}
          </Link>
        );
      })}
    </nav>
  );
}
