import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PublicShell, serviceFacts } from "@/components/booking/public-shell";
import { EmptyState } from "@/components/ui/card";
import { listPublicServices } from "@/lib/booking";
import { formatMoney } from "@/lib/format";
import { botRefField } from "@/lib/bots";
import { publicOpenGraph } from "@/lib/shared/open-graph";

type Props = { params: Promise<{ org: string }>; searchParams: Promise<{ ref?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const org = await listPublicServices((await params).org);
  if (!org) return { title: "Not found" };
  const title = `Book with ${org.name}`;
  return { title, openGraph: publicOpenGraph({ path: `/book/${org.slug}`, title, siteName: org.name }) };
}

// The org's bookable services, public. A bot link's ?ref= goes on to the chosen service's page.
export default async function BookIndexPage({ params, searchParams }: Props) {
  const org = await listPublicServices((await params).org);
  if (!org) notFound();
  const ref = botRefField.parse((await searchParams).ref);
  const query = ref ? `?${new URLSearchParams({ ref })}` : "";
  return (
    <PublicShell orgName={org.name}>
      <h1 className="mb-4 text-2xl font-semibold tracking-tight text-gray-900">Book an appointment</h1>
      {org.services.length === 0 ? (
        <EmptyState title="Nothing to book right now" description={`${org.name} has no services open for online booking at the moment.`} />
      ) : (
        <ul className="space-y-3">
          {org.services.map((s) => (
            <li key={s.slug}>
              <Link href={`/book/${org.slug}/${s.slug}${query}`} className="block rounded-lg border border-gray-200 bg-white p-4 shadow-sm transition hover:border-brand-500">
                <div className="flex items-start justify-between gap-3">
                  <span className="font-semibold text-gray-900">{s.name}</span>
                  <span className="shrink-0 text-sm text-gray-700">{serviceFacts(s, formatMoney)}</span>
                </div>
                {s.description && <p className="mt-1 line-clamp-2 text-sm text-gray-600">{s.description}</p>}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </PublicShell>
  );
}
