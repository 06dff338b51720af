/** A bordered box for a table: the Card look without its padding, scrolling sideways on phones. */
export function TableCard({ title, children }: { title?: string; children: React.ReactNode }) {
  return (
    <section className="overflow-x-auto rounded-lg border border-gray-200 bg-white shadow-sm">
      {title && <h2 className="px-5 pb-2 pt-4 text-base font-semibold text-gray-900">{title}</h2>}
      {children}
    </section>
  );
}
