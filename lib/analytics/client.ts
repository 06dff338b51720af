// The analytics area's browser-safe public entry: what client components may import.
// Server code imports @/lib/analytics, which re-exports this too.
export { importCampaignMetrics, type MetricImportPreviewView, type MetricImportResult, previewMetricsImport, toMetricPreviewView } from "./campaigns/import-campaign-metrics";
export { ATTRIBUTION_DAYS, recordBroadcastCampaign } from "./campaigns/record-broadcast-campaign";
export { clusterLabel } from "./models/cluster-label";
export { type CustomerMix, type CustomerMixPoint, getCustomerMix } from "./reports/get-customer-mix";
export { type Bucket, bucketFor, type DateRange, DEFAULT_PRESET, getDateRange, listPeriods, MAX_RANGE_DAYS, RANGE_PRESETS, type RangePreset, truncateDate } from "./reports/get-date-range";
export { getRevenueSeries, type RevenuePoint } from "./reports/get-revenue-series";
export { type AnalyticsRunView, getLatestAnalyticsRun } from "./rollups/get-analytics-run";
export { type AnalyticsRunSummary, RECOMPUTE_SETTINGS, recomputeOrgAnalytics, type RecomputeResult } from "./rollups/recompute-org-analytics";
export { requestAnalyticsRecompute } from "./rollups/request-recompute";
export { loadSegmentAudience } from "./segments/load-segment-audience";
export { definitionToForm, emptySegmentForm, parseSegmentDefinitionForm, parseSegmentForm, segmentFormFromQuery, type SegmentFormValues } from "./segments/segment-form";
