import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { DoneNotice } from "@/components/ui/form-message";

/** The heading of a page inside the Analytics tabs (the area's h1 is above the tabs). */
export function SectionHeader({ title, description, actions, back }: { title: string; description?: React.ReactNode; actions?: React.ReactNode; back?: { href: string; label: string } }) {
  return (
    <div className="mb-5">
      {back && (
        <p className="mb-2 text-sm">
          <Link href={back.href} className="text-gray-600 hover:text-gray-900 hover:underline">
            ← {back.label}
          </Link>
        </p>
      )}
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <h2 className="break-words text-xl font-semibold tracking-tight text-gray-900">{title}</h2>
          {description && <p className="mt-1 max-w-3xl text-sm text-gray-600">{description}</p>}
        </div>
        {actions && <div className="flex flex-wrap gap-2">{actions}</div>}
      </div>
    </div>
  );
}

/** A list page's top: its header with the "New …" button once there are items, and the notice after a delete. */
export function ListPageHeader({ title, description, newItem, deletedNotice }: { title: string; description: React.ReactNode; newItem: { href: string; label: string } | null; deletedNotice: string | null }) {
  return (
    <>
      <SectionHeader title={title} description={description} actions={newItem && <ButtonLink href={newItem.href}>{newItem.label}</ButtonLink>} />
      {deletedNotice && <DoneNotice>{deletedNotice}</DoneNotice>}
    </>
  );
}
