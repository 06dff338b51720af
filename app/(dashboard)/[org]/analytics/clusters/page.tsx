import { AnalyticsNotComputed, ComputedAt, DataRequirements, ModelNotes } from "@/components/analytics/analytics-empty-state";
import { ClusterCards } from "@/components/analytics/cluster-cards";
import { Card } from "@/components/ui/card";
import { getAnalyticsStatus, hasScores } from "@/lib/analytics";
import { getClusterSummary } from "@/lib/analytics";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";

export const metadata = { title: "Clusters" };

// /[org]/analytics/clusters: the k-means segments of the latest run, described by their centroids.
export default async function ClustersPage({ params }: { params: Promise<{ org: string }> }) {
  const ctx = await requireOrgPage((await params).org);
  const status = await getAnalyticsStatus({ orgId: ctx.orgId });
  if (!hasScores(status)) return <AnalyticsNotComputed slug={ctx.slug} />;
  const kmeans = status.lastRun?.summary.kmeans ?? null;
  const clusters = await getClusterSummary({ orgId: ctx.orgId, kmeans });
  const clustered = clusters.reduce((n, c) => n + c.customers, 0);
  return (
    <>
      <ComputedAt computedAt={status.computedAt} customers={status.scoredCustomers} timezone={ctx.timezone} />
      {clusters.length === 0 ? (
        <>
          <ModelNotes notes={status.lastRun?.summary.notes ?? []} />
          <div className="rounded-lg border border-dashed border-gray-300 bg-white px-6 py-10 text-center">
            <h2 className="text-base font-semibold text-gray-900">No clusters yet</h2>
            <p className="mx-auto mt-1 max-w-xl text-sm text-gray-600">The last run did not have enough customers to find clusters. What each part of analytics needs:</p>
            <DataRequirements />
          </div>
        </>
      ) : (
        <>
          <Card className="mb-6">
            <div className="flex flex-wrap items-start gap-x-10 gap-y-4">
              <div>
                <p className="text-xs font-medium uppercase tracking-wide text-gray-500">Clusters (k)</p>
                <p className="mt-1 text-2xl font-semibold tabular-nums text-gray-900">{kmeans?.k ?? clusters.length}</p>
              </div>
              <div>
                <p className="text-xs font-medium uppercase tracking-wide text-gray-500">Silhouette</p>
                <p className="mt-1 text-2xl font-semibold tabular-nums text-gray-900">{kmeans ? kmeans.silhouette.toFixed(2) : "—"}</p>
              </div>
              <div>
                <p className="text-xs font-medium uppercase tracking-wide text-gray-500">Customers clustered</p>
                <p className="mt-1 text-2xl font-semibold tabular-nums text-gray-900">{clustered.toLocaleString("en-US")}</p>
              </div>
              <p className="min-w-64 flex-1 text-sm text-gray-600">
                Customers are grouped by k-means on recency, frequency, spend, tenure{kmeans?.features?.includes("bot engagement") ? " and messages to the bot in the last 90 days" : ""} (log-scaled and standardised). k is the number of groups between
                2 and 8 with the best silhouette: from −1 to 1, higher means groups that are tighter and better separated; above 0.5 is a clear structure.
              </p>
            </div>
            {kmeans?.silhouetteByK && kmeans.silhouetteByK.length > 1 && (
              <div className="mt-4 overflow-x-auto">
                <table className="text-sm">
                  <caption className="mb-1 text-left text-xs font-medium text-gray-500">Silhouette for each k tried</caption>
                  <tbody>
                    <tr>
                      <th scope="row" className="pr-3 text-left text-xs font-normal text-gray-500">
                        k
                      </th>
                      {kmeans.silhouetteByK.map((s) => (
                        <td key={s.k} className={`px-2 text-center tabular-nums ${s.k === kmeans.k ? "font-semibold text-brand-700" : "text-gray-700"}`}>
                          {s.k}
                        </td>
                      ))}
                    </tr>
                    <tr>
                      <th scope="row" className="pr-3 text-left text-xs font-normal text-gray-500">
                        Silhouette
                      </th>
                      {kmeans.silhouetteByK.map((s) => (
                        <td key={s.k} className={`px-2 text-center tabular-nums ${s.k === kmeans.k ? "font-semibold text-brand-700" : "text-gray-700"}`}>
                          {s.silhouette.toFixed(2)}
                        </td>
                      ))}
                    </tr>
                  </tbody>
                </table>
              </div>
            )}
          </Card>
          <ClusterCards clusters={clusters} slug={ctx.slug} currency={ctx.currency} />
        </>
      )}
    </>
  );
}
