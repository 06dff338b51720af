import clsx from "clsx";
import type { ReactNode } from "react";
import { TableCard } from "./table-card";

export type ListColumn = string | { label: string; className?: string };

/** A dashboard list's frame (services, staff, events): the card, the table and its header row; the rows are the caller's. */
export function ListTable({ columns, children }: { columns: ListColumn[]; children: ReactNode }) {
  return (
    <TableCard>
      <table className="min-w-full divide-y divide-gray-200 text-sm">
        <thead className="bg-gray-50 text-left text-xs font-medium uppercase tracking-wide text-gray-500">
          <tr>
            {columns.map((column) => {
              const { label, className } = typeof column === "string" ? { label: column, className: undefined } : column;
              return (
                <th key={label} className={clsx("px-4 py-3", className)}>
                  {label}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className="divide-y divide-gray-100">{children}</tbody>
      </table>
    </TableCard>
  );
}
