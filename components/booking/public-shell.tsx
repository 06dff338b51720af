import Link from "next/link";

/** The frame of every public booking page: the business's name, the content, a quiet footer. */
export function PublicShell({ orgName, orgHref, footer = "Booking by Frontdesk", children }: { orgName: string; orgHref?: string; footer?: string; children: React.ReactNode }) {
  return (
    <div className="min-h-screen bg-gray-50">
      <header className="border-b border-gray-200 bg-white">
        <div className="mx-auto flex max-w-3xl items-center gap-2 px-4 py-3">
          <span className="grid h-8 w-8 place-items-center rounded-md bg-brand-600 text-sm font-semibold text-white">{orgName.slice(0, 1).toUpperCase()}</span>
          {orgHref ? (
            <Link href={orgHref} className="font-semibold text-gray-900 hover:underline">
              {orgName}
            </Link>
          ) : (
            <span className="font-semibold text-gray-900">{orgName}</span>
          )}
        </div>
      </header>
      <main className="mx-auto max-w-3xl px-4 py-6 sm:py-10">{children}</main>
      <footer className="pb-8 text-center text-xs text-gray-400">{footer}</footer>
    </div>
  );
}

export function serviceFacts(service: { durationMinutes: number; price: number; currency: string }, formatMoney: (minor: number, currency: string) => string): string {
  return `${service.durationMinutes} min · ${service.price > 0 ? formatMoney(service.price, service.currency) : "Free"}`;
}
