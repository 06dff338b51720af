"use client";
import { useRouter } from "next/navigation";

/** Jumps between the organizations a user belongs to, or to creating a new one. */
export function OrgSwitcher({ current, orgs }: { current: string; orgs: { slug: string; name: string }[] }) {
  const router = useRouter();
  return (
    <select
      aria-label="Organization"
      value={current}
      onChange={(e) => router.push(e.target.value === "__new" ? "/new-org" : `/${e.target.value}`)}
      className="w-full rounded-md border border-gray-300 bg-white px-2 py-2 text-sm font-medium shadow-sm focus:border-brand-500 focus:outline-none"
    >
      {orgs.map((o) => (
        <option key={o.slug} value={o.slug}>
          {o.name}
        </option>
      ))}
      <option value="__new">+ New organization…</option>
    </select>
  );
}
