import { env } from "@/lib/env";
// At most a few seat statements of this process run at once (CHECKOUT_CONCURRENCY, default 8,
// under the pool's 10 connections); the others wait here. Once a type sells out, the waiting
// buyers are answered from the sold-out memo instead of each running a statement.
let running = 0;
const waiting: (() => void)[] = [];

export async function throughCheckoutGate<T>(work: () => Promise<T>): Promise<T> {
  if (running >= env().CHECKOUT_CONCURRENCY) await new Promise<void>((resolve) => waiting.push(resolve));
  else running++;
  try {
    return await work();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}
