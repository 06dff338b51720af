// "Save as segment" from another view (RFM grid, a cluster, the predictions list): the link to the
// new-segment form, prefilled. Values use the form's units: money in major units ("100.00"),
// P(alive) 0..1, days YYYY-MM-DD, clusters as stored (0-based). The form validates on save.
export type SegmentPrefill = {
  name?: string;
  rfmSegments?: string[];
  clusters?: number[];
  churnRisk?: ("LOW" | "MEDIUM" | "HIGH")[];
  minClv?: string;
  maxClv?: string;
  minPAlive?: number;
  maxPAlive?: number;
  minTotalSpent?: string;
  tags?: string[];
  sources?: string[];
  hasEmail?: boolean;
  hasTelegram?: boolean;
  lastOrderAfter?: string;
  lastOrderBefore?: string;
};

export function newSegmentHref(orgSlug: string, prefill: SegmentPrefill = {}): string {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(prefill)) {
    if (value === undefined || value === null || value === "") continue;
    if (Array.isArray(value)) {
      if (value.length) q.set(key, value.join(","));
    } else if (typeof value === "boolean") q.set(key, value ? "yes" : "no");
    else q.set(key, String(value));
  }
  const query = q.toString();
  return `/${orgSlug}/analytics/segments/new${query ? `?${query}` : ""}`;
}
