// At most a few checkout transactions of this process run at once; the others wait here rather
// than holding pool connections while queued on a ticket type's row lock. In a rush that keeps
// the lock's holder fast, and the waiting buyers get their sold-out answer from the sold-out memo.
const LIMIT = Number(process.env.CHECKOUT_CONCURRENCY || 4);
let running = 0;
const waiting: (() => void)[] = [];

export async function throughCheckoutGate<T>(work: () => Promise<T>): Promise<T> {
  if (running >= LIMIT) await new Promise<void>((resolve) => waiting.push(resolve));
  else running++;
  try {
    return await work();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}
