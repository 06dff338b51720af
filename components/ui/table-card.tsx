/** A bordered box for a table: the Card look without its padding, scrolling sideways on phones (relative, so a screen-reader-only header inside scrolls with it instead of widening the page). */
export function TableCard({ title, children }: { title?: string; children: React.ReactNode }) {
  return (
    <section className="relative overflow-x-auto rounded-lg border border-gray-200 bg-white shadow-sm">
      {title && <h2 className="px-5 pb-2 pt-4 text-base font-semibold text-gray-900">{title}</h2>}
      {children}
    </section>
  );
}

const headCell = "px-4 py-2.5 text-left text-xs font-semibold uppercase tracking-wide text-gray-500";

/** A table's header row with a last, unlabelled column for the row's buttons. */
export function HeadWithActions({ labels }: { labels: string[] }) {
  return (
    <thead className="border-y border-gray-100 bg-gray-50">
      <tr>
        {labels.map((label) => (
          <th key={label} className={headCell}>
            {label}
          </th>
        ))}
        <th className={headCell}>
          <span className="sr-only">Actions</span>
        </th>
      </tr>
    </thead>
  );
}
