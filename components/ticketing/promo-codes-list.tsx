import { Badge, Card } from "@/components/ui/card";
import { formatDateTime, formatMoney } from "@/lib/format";
import type { PromoCodeRow } from "@/lib/ticketing";
import { togglePromoCodeAction, updatePromoCodeAction } from "@/app/(dashboard)/[org]/events/promo-codes/actions";
import { ActionButton } from "./action-button";
import { PromoCodeForm } from "./promo-code-form";
import { promoCodeToForm } from "@/lib/ticketing";

type Props = { org: string; rows: PromoCodeRow[]; currency: string; timeZone: string; canManage: boolean; events?: { id: string; title: string }[]; segments: { id: string; name: string }[]; fixedEventId?: string };

/** Promo codes as cards: discount, scope, usage, expiry, active toggle and an edit form. */
export function PromoCodesList({ org, rows, currency, timeZone, canManage, events, segments, fixedEventId }: Props) {
  return (
    <ul className="space-y-3" aria-label="Promo codes">
      {rows.map((p) => (
        <li key={p.id}>
          <Card>
            <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
              <div className="min-w-0">
                <p className="flex flex-wrap items-center gap-2">
                  <span className="font-mono font-semibold text-gray-900">{p.code}</span>
                  <span className="text-sm text-gray-700">{p.kind === "PERCENT" ? `${p.value}% off` : `${formatMoney(p.value, currency)} off`}</span>
                  {p.active ? <Badge tone="green">Active</Badge> : <Badge>Off</Badge>}
                  {p.expiresAt && p.expiresAt < new Date() && <Badge tone="amber">Expired</Badge>}
                </p>
                <p className="mt-1 text-sm text-gray-600">
                  {p.event ? p.event.title : "Every event"}
                  {p.segment ? ` · segment ${p.segment.name}` : ""} · used {p.redemptions}
                  {p.maxRedemptions === null ? "" : ` of ${p.maxRedemptions}`}
                  {p.expiresAt ? ` · until ${formatDateTime(p.expiresAt, timeZone)}` : ""}
                </p>
              </div>
              {canManage && <ActionButton action={togglePromoCodeAction} fields={{ org, id: p.id, active: p.active ? "0" : "1" }} label={p.active ? "Turn off" : "Turn on"} />}
            </div>
            {canManage && (fixedEventId === undefined || p.eventId === fixedEventId) && (
              <details className="mt-3">
                <summary className="cursor-pointer text-sm font-medium text-brand-700">Edit</summary>
                <div className="mt-3">
                  <PromoCodeForm
                    org={org}
                    action={updatePromoCodeAction}
                    promoCodeId={p.id}
                    initial={promoCodeToForm(p, currency, timeZone)}
                    currency={currency}
                    timeZone={timeZone}
                    events={events}
                    segments={segments}
                    fixedEventId={fixedEventId}
                    submitLabel="Save promo code"
                  />
                </div>
              </details>
            )}
          </Card>
        </li>
      ))}
    </ul>
  );
}
