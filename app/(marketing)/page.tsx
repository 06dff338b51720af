import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ButtonLink } from "@/components/ui/button";
import { getSessionUserId } from "@/lib/auth/session";
import { publicOpenGraph } from "@/lib/shared/open-graph";
import { listUserOrgs } from "@/lib/tenancy/org-context";

export const metadata: Metadata = { openGraph: publicOpenGraph({ path: "/", title: "Frontdesk", description: "Your whole customer front, one dashboard: a Telegram bot, ticket sales, appointment booking and analytics." }) };

const features = [
  { title: "Telegram bot builder", text: "Design conversations on a visual canvas, chat live with subscribers and send broadcasts." },
  { title: "Event ticketing", text: "Public event pages, Stripe checkout, QR tickets by email and Telegram, door check-in." },
  { title: "Appointment booking", text: "Services, staff hours in their own time zones, a booking page, payments and reminders." },
  { title: "One customer graph", text: "The person who chats, buys a ticket and books is one customer: RFM, segments, churn and lifetime value." },
];

export default async function LandingPage() {
  const userId = await getSessionUserId();
  if (userId) {
    const orgs = await listUserOrgs(userId);
    redirect(orgs[0] ? `/${orgs[0].org.slug}` : "/new-org");
  }
  return (
    <main className="mx-auto max-w-5xl px-6 py-16">
      <header className="flex items-center justify-between">
        <span className="flex items-center gap-2 text-lg font-semibold">
          <span className="grid h-8 w-8 place-items-center rounded-md bg-brand-600 text-white">F</span> Frontdesk
        </span>
        <nav className="flex gap-2">
          <ButtonLink href="/sign-in" variant="ghost">
            Sign in
          </ButtonLink>
          <ButtonLink href="/sign-up">Start free</ButtonLink>
        </nav>
      </header>
      <section className="py-20 text-center">
        <h1 className="text-4xl font-bold tracking-tight text-gray-900 sm:text-5xl">Your whole customer front, one dashboard.</h1>
        <p className="mx-auto mt-5 max-w-2xl text-lg text-gray-600">A Telegram bot, ticket sales, appointment booking and analytics that know it is the same customer every time.</p>
        <div className="mt-8 flex justify-center gap-3">
          <ButtonLink href="/sign-up">Create your organization</ButtonLink>
          <ButtonLink href="/sign-in" variant="secondary">
            Sign in
          </ButtonLink>
        </div>
      </section>
      <section className="grid gap-4 sm:grid-cols-2">
        {features.map((f) => (
          <div key={f.title} className="rounded-lg border border-gray-200 bg-white p-6 shadow-sm">
            <h2 className="font-semibold text-gray-900">{f.title}</h2>
            <p className="mt-2 text-sm text-gray-600">{f.text}</p>
          </div>
        ))}
      </section>
    </main>
  );
}
