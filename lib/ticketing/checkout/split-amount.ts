/**
 * Splits a whole amount into parts proportional to weights, each a whole number, adding up to
 * exactly `amount` (largest remainder; ties go to the earlier part). Zero total weight: all 0.
 */
export function splitAmount(amount: number, weights: readonly number[]): number[] {
  if (!Number.isInteger(amount) || amount < 0) throw new RangeError("amount must be a whole number >= 0");
  const totalWeight = weights.reduce((a, w) => a + w, 0);
  if (totalWeight === 0 || amount === 0) return weights.map(() => 0);
  // Integer arithmetic (amount * weight fits easily in 2^53 for money) keeps it exact.
  const floors = weights.map((w) => Math.floor((amount * w) / totalWeight));
  const remainders = weights.map((w, i) => ({ i, r: (amount * w) % totalWeight }));
  let left = amount - floors.reduce((a, f) => a + f, 0);
  remainders.sort((x, y) => y.r - x.r || x.i - y.i);
  for (const { i } of remainders) {
    if (left === 0) break;
    floors[i] += 1;
    left -= 1;
  }
  return floors;
}
