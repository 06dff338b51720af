// What each RFM segment means and what to do about it, in the order of RFM_SEGMENTS (rules in
// lib/analytics/models/score-rfm.ts: R = recency score, FM = average of frequency and monetary scores).
import type { RfmSegment } from "@/lib/analytics";

export const RFM_SEGMENT_INFO: Record<RfmSegment, { rule: string; meaning: string; color: string }> = {
  Champions: { rule: "R 4–5, FM 4–5", meaning: "Bought recently, buy often and spend the most. Reward them; they promote you.", color: "#166534" },
  Loyal: { rule: "R 3–5, FM 3+", meaning: "Regular buyers with good spend. Offer memberships and early access.", color: "#15803d" },
  "Potential Loyalists": { rule: "R 4–5, FM under 3", meaning: "Recent repeat buyers with modest spend. A loyalty nudge can make them Loyal.", color: "#22c55e" },
  New: { rule: "R 5, F 1", meaning: "First purchase very recently. Welcome them and make the second purchase easy.", color: "#0ea5e9" },
  Promising: { rule: "R 4, F 1", meaning: "Bought once, fairly recently. Build the relationship before they drift.", color: "#38bdf8" },
  "Need Attention": { rule: "R 3, FM 2+", meaning: "Above-average customers whose last purchase is getting old. Reach out with something relevant.", color: "#eab308" },
  "About to Sleep": { rule: "R 3, FM under 2", meaning: "Low value and slipping. A timely reminder or offer may bring them back.", color: "#f59e0b" },
  "At Risk": { rule: "R 1–2, FM 2+", meaning: "Spent well in the past but have not bought for a long time. Win them back personally.", color: "#f97316" },
  "Can't Lose": { rule: "R 1, FM 4–5", meaning: "Among your best customers once, gone the longest. Worth a personal call.", color: "#dc2626" },
  Hibernating: { rule: "R 2, FM under 2", meaning: "Low value, long inactive. Include them in broad campaigns only.", color: "#9ca3af" },
  Lost: { rule: "R 1, FM under 2", meaning: "Lowest recency, frequency and spend. Do not spend much to re-activate.", color: "#6b7280" },
};
