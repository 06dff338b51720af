"use client";
import { useMemo, useState } from "react";
import { formatMoney } from "@/lib/format";
import { priceTicketOrder } from "@/lib/ticketing/client";
import type { PublicTicketType } from "@/lib/ticketing/client";
import type { PromoRules } from "@/lib/ticketing/client";
import { PromoField } from "./promo-field";
import { LabeledInput, SeatFields, type SeatValue } from "./seat-fields";
import { TicketTypeRow } from "./ticket-type-row";

type Props = { slug: string; types: PublicTicketType[]; unlockCode: string | null; paymentsMissing: boolean };
type Failure = { message?: string; fields?: Record<string, string>; remaining?: Record<string, number> };

// The only client code of the event page: quantities, attendees, promo code with the live price,
// then a POST to the JSON checkout endpoint and off to Stripe or the order page.
export function CheckoutForm({ slug, types: initialTypes, unlockCode, paymentsMissing }: Props) {
  const [types, setTypes] = useState(initialTypes);
  const [quantities, setQuantities] = useState<Record<string, number>>({});
  const [buyer, setBuyer] = useState({ name: "", email: "" });
  const [seats, setSeats] = useState<SeatValue[]>([]);
  const [promo, setPromo] = useState<Pick<PromoRules, "id" | "code" | "kind" | "value"> | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState("");
  const [pending, setPending] = useState(false);

  const typeNames = useMemo(() => Object.fromEntries(types.map((t) => [t.id, t.name])), [types]);
  const chosen = types.filter((t) => (quantities[t.id] ?? 0) > 0);
  const currencies = new Set(chosen.map((t) => t.currency));
  const priced = chosen.length && currencies.size === 1 ? priceTicketOrder({ types: chosen, quantities, promo }) : null;
  const blockedPaid = paymentsMissing ? "Online payments are not set up yet: only free tickets can be booked here." : undefined;

  function setQuantity(id: string, n: number) {
    const next = { ...quantities, [id]: n };
    setQuantities(next);
    // One seat per ticket, keeping what was typed for seats that remain.
    setSeats(types.flatMap((t) => Array.from({ length: next[t.id] ?? 0 }, (_, i) => seats.filter((s) => s.ticketTypeId === t.id)[i] ?? { ticketTypeId: t.id, name: "", email: "" })));
    setErrors(({ [`quantities.${id}`]: _, quantities: __, ...rest }) => rest);
  }

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setPending(true);
    setMessage("");
    try {
      const res = await fetch(`/api/events/${slug}/checkout`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        // The bot's signed subscriber reference rides on the event link (?ref=); the page itself is cached.
        body: JSON.stringify({ quantities, buyer, attendees: seats, promoCode: promo?.code, unlockCode: unlockCode ?? undefined, ref: new URLSearchParams(window.location.search).get("ref") ?? undefined }),
      });
      const body = await res.json().catch(() => ({}));
      if (res.ok) return window.location.assign(body.redirectUrl);
      const error: Failure = body.error ?? {};
      setErrors(error.fields ?? {});
      setMessage(res.status === 400 && error.fields ? (error.message && !error.message.startsWith("Please check") ? error.message : "Please check the highlighted fields.") : (error.message ?? "Something went wrong. Please try again."));
      if (error.remaining) setTypes((all) => all.map((t) => (t.id in error.remaining! ? { ...t, remaining: error.remaining![t.id], state: error.remaining![t.id] === 0 ? "SOLD_OUT" : t.state } : t)));
      if (error.fields?.promoCode) setPromo(null);
    } catch {
      setMessage("We could not reach the server. Check your connection and try again.");
    }
    setPending(false);
  }

  const onSale = types.some((t) => t.state === "ON_SALE");
  return (
    <form onSubmit={submit} noValidate className="space-y-6">
      <ul className="divide-y divide-gray-100">
        {types.map((t) => (
          <TicketTypeRow key={t.id} type={t} quantity={quantities[t.id] ?? 0} onChange={(n) => setQuantity(t.id, n)} error={errors[`quantities.${t.id}`]} blocked={t.price > 0 ? blockedPaid : undefined} />
        ))}
      </ul>
      {errors.quantities && (
        <p role="alert" className="text-sm text-red-600">
          {errors.quantities}
        </p>
      )}
      {onSale && (
        <>
          <div className="grid gap-3 sm:grid-cols-2">
            <LabeledInput id="buyer.name" label="Your name" required autoComplete="name" value={buyer.name} error={errors["buyer.name"]} onChange={(e) => setBuyer({ ...buyer, name: e.target.value })} />
            <LabeledInput id="buyer.email" label="Your email" required type="email" autoComplete="email" value={buyer.email} error={errors["buyer.email"]} onChange={(e) => setBuyer({ ...buyer, email: e.target.value })} />
          </div>
          <SeatFields seats={seats} typeNames={typeNames} errors={errors} onChange={(i, seat) => setSeats(seats.map((s, j) => (j === i ? seat : s)))} />
          <PromoField slug={slug} applied={promo} onApply={setPromo} error={errors.promoCode} />
          <div className="rounded-md bg-gray-50 p-3 text-sm" aria-live="polite">
            {priced ? (
              <dl className="space-y-1">
                {priced.discount > 0 && (
                  <>
                    <div className="flex justify-between text-gray-600">
                      <dt>Subtotal</dt>
                      <dd>{formatMoney(priced.subtotal, priced.currency)}</dd>
                    </div>
                    <div className="flex justify-between text-green-700">
                      <dt>Promo {promo?.code}</dt>
                      <dd>−{formatMoney(priced.discount, priced.currency)}</dd>
                    </div>
                  </>
                )}
                <div className="flex justify-between font-semibold text-gray-900">
                  <dt>Total</dt>
                  <dd>{priced.total > 0 ? formatMoney(priced.total, priced.currency) : "Free"}</dd>
                </div>
              </dl>
            ) : (
              <p className="text-gray-600">{currencies.size > 1 ? "These tickets are priced in different currencies: please buy them in separate orders." : "Choose your tickets above."}</p>
            )}
          </div>
          {message && (
            <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
              {message}
            </p>
          )}
          <button
            type="submit"
            disabled={pending}
            aria-busy={pending}
            className="inline-flex w-full items-center justify-center rounded-md bg-brand-600 px-4 py-2.5 text-sm font-semibold text-white shadow-sm hover:bg-brand-700 disabled:cursor-not-allowed disabled:bg-brand-500/60 sm:w-auto"
          >
            {pending ? "Reserving your tickets…" : priced && priced.total > 0 ? `Continue to payment · ${formatMoney(priced.total, priced.currency)}` : "Get tickets"}
          </button>
          {priced && priced.total > 0 && <p className="text-xs text-gray-500">We hold your tickets for 15 minutes while you pay.</p>}
        </>
      )}
    </form>
  );
}
