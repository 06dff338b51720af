// npx tsx scripts/bench/event-page.ts: against a RUNNING production server (npm start), the public
// event page /e/<slug> under 50 concurrent requests (REQUESTS in all, default 3,000, after a warm-up): p50 / p95
// response time (target p95 < 100 ms), and the page's First Load JS: every script the HTML loads
// in a modern browser (not the noModule polyfills), fetched and gzipped (target <= 150 kB).
// BENCH_URL, EMBEDDED_PG_PORT or BENCH_DATABASE_URL; REQUESTS, CONCURRENCY. Numbers: README
// (Events and tickets).
import http from "node:http";
import { gzipSync } from "node:zlib";
import { baseUrl, percentile, seedBenchEvent } from "./bench-ticket-event";

const CONCURRENCY = Number(process.env.CONCURRENCY || 50);
const REQUESTS = Number(process.env.REQUESTS || 3000);

const { event, cleanup } = await seedBenchEvent([
  { name: "Early bird", price: 1500, capacity: 100 },
  { name: "General admission", price: 2500, capacity: 400 },
  { name: "Free for members", price: 0, capacity: 50 },
]);
const url = `${baseUrl}/e/${event.slug}`;

const html = await (await fetch(url)).text();
// Every <script src> a modern browser loads: the noModule polyfills are for old browsers only.
const tags = [...html.matchAll(/<script[^>]*>/g)].map((m) => m[0]);
const scripts = [
  ...new Set(
    tags
      .filter((t) => !/\bnoModule\b/i.test(t))
      .map((t) => /src="([^"]+\.js[^"]*)"/.exec(t)?.[1])
      .filter((src): src is string => Boolean(src)),
  ),
];
let raw = 0;
let gzipped = 0;
for (const src of scripts) {
  const body = Buffer.from(await (await fetch(new URL(src, baseUrl))).arrayBuffer());
  raw += body.length;
  gzipped += gzipSync(body, { level: 9 }).length;
}

// The timed requests ask for gzip as a browser does and read the bytes without inflating them (as
// load testers do): the client shares the 2 cores with the server, and inflating in the client
// would be counted as server time.
const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
let gzippedAnswers = 0;
const get = () =>
  new Promise<number>((resolve) => {
    const req = http.get(url, { agent, headers: { "accept-encoding": "gzip" } }, (res) => {
      if (res.headers["content-encoding"] === "gzip") gzippedAnswers++;
      res.on("data", () => {});
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", () => resolve(0));
  });
// Warm-up (JIT, keep-alive sockets, the page in Next's cache), then the steady state is timed.
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    for (let i = 0; i < 6; i++) await get();
  }),
);
gzippedAnswers = 0;
const times: number[] = [];
let failures = 0;
let next = 0;
const t0 = performance.now();
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    while (next < REQUESTS) {
      next++;
      const start = performance.now();
      const status = await get();
      times.push(performance.now() - start);
      if (status !== 200) failures++;
    }
  }),
);
const seconds = (performance.now() - t0) / 1000;
times.sort((a, b) => a - b);

console.log(`\nGET /e/<slug>, ${REQUESTS} requests, ${CONCURRENCY} concurrent (${(REQUESTS / seconds).toFixed(0)} req/s, ${failures} non-200, ${gzippedAnswers} gzipped):`);
console.log(`  p50 ${percentile(times, 50).toFixed(1)} ms   p95 ${percentile(times, 95).toFixed(1)} ms   max ${times.at(-1)!.toFixed(1)} ms  (target p95 < 100 ms)`);
console.log(`First Load JS: ${scripts.length} scripts, ${(raw / 1024).toFixed(1)} kB raw, ${(gzipped / 1024).toFixed(1)} kB gzipped (target <= 150 kB)`);
agent.destroy();
await cleanup();
