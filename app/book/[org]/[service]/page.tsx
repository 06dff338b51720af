import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BookingWidget } from "@/components/booking/booking-widget";
import { PublicShell, serviceFacts } from "@/components/booking/public-shell";
import { Card } from "@/components/ui/card";
import { loadPublicService } from "@/lib/booking";
import { releaseAbandonedCheckout } from "@/lib/booking";
import { formatMoney } from "@/lib/format";
import { isStripeConfigured } from "@/lib/orders";
import { bookSlotAction } from "./actions";
import { botRefField } from "@/lib/bots";
import { publicOpenGraph } from "@/lib/shared/open-graph";

type Props = { params: Promise<{ org: string; service: string }>; searchParams: Promise<{ canceled?: string; ref?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { org, service } = await params;
  const found = await loadPublicService(org, service);
  if (!found) return { title: "Not found" };
  const title = `Book ${found.service.name} · ${found.org.name}`;
  return { title, openGraph: publicOpenGraph({ path: `/book/${found.org.slug}/${found.service.slug}`, title, description: found.service.description ?? undefined, siteName: found.org.name }) };
}

// The public booking page: no login; archived services and unknown orgs are a friendly 404.
export default async function BookServicePage({ params, searchParams }: Props) {
  const { org, service: serviceSlug } = await params;
  const found = await loadPublicService(org, serviceSlug);
  if (!found) notFound();
  const { service, staff } = found;
  const paid = service.requiresPayment && service.price > 0;
  const paymentsMissing = paid && !isStripeConfigured();
  const { canceled, ref } = await searchParams;
  if (canceled) await releaseAbandonedCheckout(canceled);
  return (
    <PublicShell orgName={found.org.name} orgHref={`/book/${found.org.slug}`}>
      <div className="mb-6">
        <h1 className="text-2xl font-semibold tracking-tight text-gray-900">{service.name}</h1>
        <p className="mt-1 text-sm font-medium text-gray-700">{serviceFacts(service, formatMoney)}</p>
        {service.description && <p className="mt-2 whitespace-pre-line text-sm text-gray-600">{service.description}</p>}
        {service.requiresConfirmation && <p className="mt-2 text-sm text-amber-700">The business confirms each booking request.</p>}
        {paid && !paymentsMissing && <p className="mt-2 text-sm text-gray-600">Payment is taken when you book; the time is held for 10 minutes while you pay.</p>}
      </div>
      {canceled && (
        <p role="status" className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800">
          Payment was not completed, so the time was not booked.
        </p>
      )}
      <Card>
        {paymentsMissing ? (
          <p role="alert" className="text-sm text-gray-700">
            Online payments are not set up for this business yet, so this service cannot be booked online. Please contact {found.org.name} directly.
          </p>
        ) : staff.length === 0 ? (
          <p className="text-sm text-gray-700">Nobody offers this service at the moment. Please check back later.</p>
        ) : (
          <BookingWidget
            orgSlug={found.org.slug}
            serviceSlug={service.slug}
            staff={staff.map((s) => ({ id: s.id, name: s.name }))}
            businessTimeZone={found.org.timezone}
            windowDays={service.bookingWindowDays}
            paid={paid}
            botRef={botRefField.parse(ref)}
            action={bookSlotAction}
          />
        )}
      </Card>
    </PublicShell>
  );
}
