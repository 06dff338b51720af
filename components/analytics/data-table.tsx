// The table look shared by every "Show table" view: a caption for screen readers, row headers.
/** The table look shared by every "Show table" view. */
export function DataTable({ caption, head, rows, align }: { caption: string; head: string[]; rows: React.ReactNode[][]; align?: ("left" | "right")[] }) {
  const a = (i: number) => ((align?.[i] ?? (i === 0 ? "left" : "right")) === "right" ? "text-right" : "text-left");
  return (
    <table className="min-w-full text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="sticky top-0 bg-gray-50">
        <tr>
          {head.map((h, i) => (
            <th key={h} scope="col" className={`px-3 py-2 text-xs font-semibold uppercase tracking-wide text-gray-500 ${a(i)}`}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-gray-100">
        {rows.map((row, r) => (
          <tr key={r}>
            {row.map((cell, i) =>
              i === 0 ? (
                <th key={i} scope="row" className={`whitespace-nowrap px-3 py-1.5 font-normal text-gray-700 ${a(i)}`}>
                  {cell}
                </th>
              ) : (
                <td key={i} className={`whitespace-nowrap px-3 py-1.5 tabular-nums text-gray-900 ${a(i)}`}>
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
