import { RFM_SEGMENTS } from "@/lib/analytics/models/score-rfm";
import { customerSourceLabels } from "@/lib/customers";
import { listCustomerTags } from "@/lib/customers";
import { orgDb } from "@/lib/db/org-db";
import { clusterLabel } from "@/lib/analytics/models/cluster-label";
import { getClusterDescriptions } from "@/lib/analytics/reports/get-cluster-descriptions";
import { CUSTOMER_SOURCES } from "./segment-definition";

// What the segment form offers: the org's clusters (with sizes) and tags, and whether scores
// exist at all (if not, score conditions match nobody yet, and the form says so).
export async function getSegmentFormOptions({ orgId, currency, timeZone }: { orgId: string; currency: string; timeZone: string }) {
  const [clusters, knownTags, scored, descriptions] = await Promise.all([
    orgDb(orgId).customerScore.groupBy({ by: ["cluster"], where: { cluster: { not: null } }, _count: { _all: true }, orderBy: { cluster: "asc" } }),
    listCustomerTags({ orgId }),
    orgDb(orgId).customerScore.findFirst({ select: { customerId: true } }),
    getClusterDescriptions({ orgId }),
  ]);
  return {
    rfmSegments: RFM_SEGMENTS,
    clusters: clusters.map((c) => ({ value: c.cluster!, label: clusterLabel(c.cluster!, descriptions), customers: c._count._all })),
    sources: CUSTOMER_SOURCES.map((s) => ({ value: s, label: customerSourceLabels[s] })),
    knownTags,
    currency,
    timeZone,
    scoresComputed: scored !== null,
  };
}
