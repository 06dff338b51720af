import Link from "next/link";

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
