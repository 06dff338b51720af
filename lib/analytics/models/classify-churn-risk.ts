// Churn risk band from the BG/NBD probability that a customer is still active. Note the model's
// convention: a customer with no repeat purchase has P(alive) = 1 (in BG/NBD a customer can only
// drop out right after a repeat purchase), so one-time buyers band as "low" here; their expected
// purchases say more about them.

export type ChurnRisk = "low" | "medium" | "high";

export const CHURN_THRESHOLDS = { high: 0.3, low: 0.7 } as const;

/** high below 0.3, low from 0.7 up, medium between. */
export function classifyChurnRisk(pAlive: number, thresholds: { high: number; low: number } = CHURN_THRESHOLDS): ChurnRisk {
  if (!(pAlive >= 0 && pAlive <= 1)) throw new Error(`P(alive) must be within [0, 1], got ${pAlive}`);
  if (pAlive < thresholds.high) return "high";
  if (pAlive >= thresholds.low) return "low";
  return "medium";
}
