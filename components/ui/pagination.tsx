import Link from "next/link";

/** Prev/next links that keep the other query parameters. */
export function Pagination({ page, pageCount, total, basePath, query }: { page: number; pageCount: number; total: number; basePath: string; query: Record<string, string | undefined> }) {
  if (pageCount <= 1) return <p className="mt-4 text-sm text-gray-500">{total} total</p>;
  const href = (p: number) => {
    const params = new URLSearchParams(Object.entries({ ...query, page: String(p) }).filter((e): e is [string, string] => Boolean(e[1])));
    return `${basePath}?${params}`;
  };
  const link = "rounded-md border border-gray-300 bg-white px-3 py-1.5 text-sm hover:bg-gray-50";
  return (
    <nav className="mt-4 flex items-center justify-between text-sm text-gray-600" aria-label="Pagination">
      <span>
        Page {page} of {pageCount} · {total} total
      </span>
      <span className="flex gap-2">
        {page > 1 ? (
          <Link className={link} href={href(page - 1)}>
            Previous
          </Link>
        ) : (
          <span className={`${link} opacity-40`}>Previous</span>
        )}
        {page < pageCount ? (
          <Link className={link} href={href(page + 1)}>
            Next
          </Link>
        ) : (
          <span className={`${link} opacity-40`}>Next</span>
        )}
      </span>
    </nav>
  );
}
