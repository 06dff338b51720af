// Seeded simulations from known BG/NBD (+ Gamma-Gamma) parameters: the ground truth for
// parameter-recovery tests and the synthetic purchase log of the benchmark.
import { createRandom } from "../../shared/create-random";
import type { BgNbdParams, RepeatHistory } from "./fit-bgnbd";
import type { GammaGammaParams } from "./fit-gamma-gamma";
import type { Transaction } from "./summarize-transactions";

/**
 * One customer's repeat purchase times in (0, T]: purchases follow a Poisson process of rate
 * λ ~ Gamma(r, rate α) from the first purchase at 0; after each repeat purchase the customer
 * drops out with probability p ~ Beta(a, b). Exactly the model the likelihood assumes.
 */
function repeatTimes(params: BgNbdParams, T: number, random: ReturnType<typeof createRandom>): number[] {
  const lambda = random.gamma(params.r, 1 / params.alpha);
  const p = random.beta(params.a, params.b);
  const times: number[] = [];
  let t = 0;
  for (;;) {
    t += random.exponential(lambda);
    if (t > T) break;
    times.push(t);
    if (random.next() < p) break;
  }
  return times;
}

/** Repeat histories for `customers` customers, customer i observed for T(i) periods. */
export function simulateBgNbd({ params, customers, T, seed = 1 }: { params: BgNbdParams; customers: number; T: (i: number) => number; seed?: number }): RepeatHistory[] {
  const random = createRandom(seed);
  return Array.from({ length: customers }, (_, i) => {
    const age = T(i);
    const times = repeatTimes(params, age, random);
    return { frequency: times.length, recency: times.length ? times[times.length - 1] : 0, T: age };
  });
}

/** Spend histories: x repeat orders of value ~ Gamma(p, rate ν), ν ~ Gamma(q, rate v); m is their mean. */
export function simulateGammaGamma({ params, frequencies, seed = 1 }: { params: GammaGammaParams; frequencies: readonly number[]; seed?: number }) {
  const random = createRandom(seed);
  return frequencies.map((frequency) => {
    const nu = random.gamma(params.q, 1 / params.v);
    let sum = 0;
    for (let j = 0; j < frequency; j++) sum += random.gamma(params.p, 1 / nu);
    return { frequency, monetary_value: frequency > 0 ? sum / frequency : 0 };
  });
}

/**
 * A purchase log in days: customer i's first purchase falls uniformly in the `days` before `end`,
 * then BG/NBD repeat purchases until `end`, each worth a Gamma-Gamma amount rounded to cents.
 */
export function simulateTransactions({ bgnbd, gammaGamma, customers, days, end, seed = 1 }: { bgnbd: BgNbdParams; gammaGamma: GammaGammaParams; customers: number; days: number; end: string; seed?: number }): Transaction[] {
  const random = createRandom(seed);
  const endMs = Date.parse(`${end}T00:00:00Z`);
  const out: Transaction[] = [];
  for (let i = 0; i < customers; i++) {
    const customerId = `c${i + 1}`;
    const age = random.next() * days;
    const firstMs = endMs - age * 86_400_000;
    const nu = random.gamma(gammaGamma.q, 1 / gammaGamma.v);
    const amount = () => Math.round(random.gamma(gammaGamma.p, 1 / nu) * 100) / 100;
    out.push({ customerId, date: new Date(firstMs), amount: amount() });
    for (const t of repeatTimes(bgnbd, age, random)) out.push({ customerId, date: new Date(firstMs + t * 86_400_000), amount: amount() });
  }
  return out;
}
