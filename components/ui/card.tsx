import clsx from "clsx";

export function Card({ className, children }: { className?: string; children: React.ReactNode }) {
  return <div className={clsx("rounded-lg border border-gray-200 bg-white p-5 shadow-sm", className)}>{children}</div>;
}

/** A page's heading row. Inside an area whose layout owns the h1, pass `level={2}` (or no title: description and actions only). */
export function PageHeader({ title, description, actions, level = 1 }: { title?: string; description?: string; actions?: React.ReactNode; level?: 1 | 2 }) {
  const Heading = level === 1 ? "h1" : "h2";
  return (
    <div className="mb-6 flex flex-wrap items-start justify-between gap-4">
      <div>
        {title && <Heading className={clsx("font-semibold tracking-tight text-gray-900", level === 1 ? "text-2xl" : "text-xl")}>{title}</Heading>}
        {description && <p className={clsx("text-sm text-gray-600", title && "mt-1")}>{description}</p>}
      </div>
      {actions && <div className="flex flex-wrap gap-2">{actions}</div>}
    </div>
  );
}

export function EmptyState({ title, description, action }: { title: string; description: string; action?: React.ReactNode }) {
  return (
    <div className="rounded-lg border border-dashed border-gray-300 bg-white px-6 py-12 text-center">
      <h3 className="text-base font-semibold text-gray-900">{title}</h3>
      <p className="mx-auto mt-1 max-w-md text-sm text-gray-600">{description}</p>
      {action && <div className="mt-5 flex justify-center">{action}</div>}
    </div>
  );
}

export function Badge({ children, tone = "gray" }: { children: React.ReactNode; tone?: "gray" | "green" | "red" | "amber" | "brand" }) {
  const tones = {
    gray: "bg-gray-100 text-gray-700",
    green: "bg-green-100 text-green-800",
    red: "bg-red-100 text-red-700",
    amber: "bg-amber-100 text-amber-800",
    brand: "bg-brand-100 text-brand-700",
  };
  return <span className={clsx("inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium", tones[tone])}>{children}</span>;
}

/** A page that is one form: its heading (inside an area whose layout owns the h1) and the form in a card. */
export function FormPage({ title, description, width = "3xl", children }: { title: string; description?: string; width?: "2xl" | "3xl"; children: React.ReactNode }) {
  return (
    <div className={width === "2xl" ? "max-w-2xl" : "max-w-3xl"}>
      <PageHeader level={2} title={title} description={description} />
      <Card>{children}</Card>
    </div>
  );
}
