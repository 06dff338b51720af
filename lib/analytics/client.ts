// The analytics area's browser-safe public entry: what client components may import.
// Server code imports @/lib/analytics, which re-exports this too.
export type { MetricImportPreviewView, MetricImportResult } from "./campaigns/import-campaign-metrics";
export { clusterLabel } from "./models/cluster-label";
export type { CustomerMixPoint } from "./reports/get-customer-mix";
export type { Bucket } from "./reports/get-date-range";
export type { RevenuePoint } from "./reports/get-revenue-series";
export type { AnalyticsRunView } from "./rollups/get-analytics-run";
export type { AnalyticsRunSummary } from "./rollups/recompute-org-analytics";
export type { SegmentFormValues } from "./segments/segment-form";
