import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { ChurnRisk } from "@/lib/db/generated/enums";
import { formatDateTime } from "@/lib/format";
import { ChurnBadge } from "./predictions-table";
import { formatDecimal, formatMoneyValue, formatProbability } from "./format-analytics";

export type CustomerPrediction = {
  recencyScore: number;
  frequencyScore: number;
  monetaryScore: number;
  rfmSegment: string;
  cluster: number | null;
  /** clusterLabel(): the cluster as the Clusters page names it. */
  clusterLabel: string | null;
  pAlive: number | null;
  expectedPurchases90d: number | null;
  expectedOrderValue: number | null;
  clv12m: number | null;
  churnRisk: ChurnRisk | null;
  computedAt: Date;
};

function Row({ label, children, hint }: { label: string; children: React.ReactNode; hint?: string }) {
  return (
    <div className="flex items-baseline justify-between gap-3 py-2">
      <dt className="text-sm text-gray-500" title={hint}>
        {label}
      </dt>
      <dd className="text-right text-sm tabular-nums text-gray-900">{children}</dd>
    </div>
  );
}

/** A customer's stored scores on their page, or a note that they have not been computed yet. */
export function PredictionCard({ prediction, slug, currency, timezone, hasPaidOrders }: { prediction: CustomerPrediction | null; slug: string; currency: string; timezone: string; hasPaidOrders: boolean }) {
  const base = `/${slug}/analytics`;
  return (
    <Card>
      <div className="mb-1 flex items-baseline justify-between gap-3">
        <h2 className="text-base font-semibold text-gray-900">Predictions</h2>
        {prediction && <p className="text-xs text-gray-500">Computed {formatDateTime(prediction.computedAt, timezone, { zone: true })}</p>}
      </div>
      {!prediction ? (
        <p className="py-2 text-sm text-gray-600">
          {hasPaidOrders ? "Not computed yet: scores appear after the next analytics run (nightly, or Recompute now on the Analytics overview)." : "None yet: scores are computed from paid orders, and this customer has none."}{" "}
          <Link href={base} className="text-brand-700 hover:underline">
            Analytics
          </Link>
        </p>
      ) : (
        <dl className="divide-y divide-gray-100">
          <Row label="RFM segment">
            <Link href={`${base}/predictions?segment=${encodeURIComponent(prediction.rfmSegment)}`} className="font-medium text-brand-700 hover:underline">
              {prediction.rfmSegment}
            </Link>
          </Row>
          <Row label="Recency · frequency · monetary" hint="Scores 1-5 by quintile among this organization's customers">
            {prediction.recencyScore} · {prediction.frequencyScore} · {prediction.monetaryScore}
          </Row>
          <Row label="Cluster">
            {prediction.cluster === null ? (
              "—"
            ) : (
              <Link href={`${base}/predictions?cluster=${prediction.cluster}`} className="text-brand-700 hover:underline">
                {prediction.clusterLabel}
              </Link>
            )}
          </Row>
          <Row label="P(alive)" hint="Probability the customer is still active (BG/NBD)">
            {formatProbability(prediction.pAlive)}
          </Row>
          <Row label="Expected purchases, 90 days">{formatDecimal(prediction.expectedPurchases90d)}</Row>
          <Row label="Expected order value" hint="Gamma-Gamma">
            {formatMoneyValue(prediction.expectedOrderValue, currency)}
          </Row>
          <Row label="12-month CLV">{formatMoneyValue(prediction.clv12m, currency)}</Row>
          <Row label="Churn risk">
            <ChurnBadge risk={prediction.churnRisk} />
          </Row>
        </dl>
      )}
      {prediction && prediction.pAlive === null && <p className="mt-2 text-xs text-gray-500">Purchase predictions need more customers with repeat orders; see Analytics for the minimums.</p>}
    </Card>
  );
}
