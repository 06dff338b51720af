// npx tsx scripts/bench/booking-slots.ts: time computeSlots for one service across 5 staff
// (in 4 time zones, through both US and EU spring-forward) for 60 days with 2,000 existing
// bookings plus a calendar source. Target: under 50 ms. Prints cold, median and p95.
import { computeSlots } from "@/lib/booking";
import { groupSlotsByDay } from "@/lib/booking";
import { getBlockedInterval } from "@/lib/booking";
import type { BusyInterval, SlotService, StaffAvailability, WeeklyRule } from "@/lib/booking";

const RUNS = Number(process.env.RUNS || 50);
const DAY = 86_400_000;
const from = new Date("2026-03-01T00:00:00Z");
const to = new Date(from.getTime() + 60 * DAY);
const now = new Date(from.getTime() - DAY);

const service: SlotService = {
  durationMinutes: 30,
  bufferBeforeMinutes: 5,
  bufferAfterMinutes: 10,
  slotIntervalMinutes: 15,
  minimumNoticeMinutes: 120,
  bookingWindowDays: 90,
  maxBookingsPerDay: 14,
};

// A deterministic pseudo-random sequence, so every run measures the same data.
let seed = 7;
const random = () => (seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647;

const weekdays: WeeklyRule[] = [1, 2, 3, 4, 5].map((weekday) => ({
  weekday: weekday as WeeklyRule["weekday"],
  ranges: [
    { start: "09:00", end: "12:30" },
    { start: "13:30", end: "18:00" },
  ],
}));
const rules: WeeklyRule[] = [...weekdays, { weekday: 6, ranges: [{ start: "10:00", end: "14:00" }] }];
const zones = ["Europe/Berlin", "Europe/Berlin", "Europe/London", "America/New_York", "Asia/Kolkata"];
const offsetsHours: Record<string, number> = { "Europe/Berlin": 1, "Europe/London": 0, "America/New_York": -5, "Asia/Kolkata": 5.5 };

const staff: StaffAvailability[] = zones.map((timeZone, index) => {
  // 400 bookings each, roughly inside working hours (approximate offsets are fine for load).
  const bookings: BusyInterval[] = [];
  const bookingStarts: Date[] = [];
  for (let i = 0; i < 400; i++) {
    const day = Math.floor(random() * 60);
    const localMinute = 9 * 60 + Math.floor(random() * 32) * 15;
    const start = new Date(from.getTime() + day * DAY + (localMinute - offsetsHours[timeZone] * 60) * 60_000);
    bookings.push(getBlockedInterval({ service, start }));
    bookingStarts.push(start);
  }
  const calendar: BusyInterval[] = Array.from({ length: 20 }, (_, i) => ({
    start: new Date(from.getTime() + i * 3 * DAY + 12 * 3_600_000),
    end: new Date(from.getTime() + i * 3 * DAY + 14 * 3_600_000),
  }));
  return {
    id: `staff-${index + 1}`,
    timeZone,
    rules,
    overrides: [
      { date: "2026-03-17", ranges: [] },
      { date: "2026-04-03", ranges: [{ start: "10:00", end: "13:00" }] },
    ],
    busy: [
      { source: "bookings", intervals: bookings },
      { source: "google", intervals: calendar },
    ],
    bookingStarts,
  };
});

const run = () => computeSlots({ service, staff, range: { from, to }, now });
const time = (fn: () => unknown) => {
  const started = performance.now();
  fn();
  return performance.now() - started;
};
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

const cold = time(run);
const slots = run();
for (let i = 0; i < 5; i++) run();
const timings = Array.from({ length: RUNS }, () => time(run)).sort((a, b) => a - b);
const grouping = Array.from({ length: 20 }, () => time(() => groupSlotsByDay({ slots, timeZone: "Asia/Tokyo" }))).sort((a, b) => a - b);

const bookings = staff.reduce((sum, member) => sum + member.busy![0].intervals.length, 0);
console.log(`computeSlots: 5 staff, 60 days, ${bookings} bookings -> ${slots.length} slots (${slots.reduce((n, s) => n + s.staffIds.length, 0)} staff-slots)`);
console.log(`  cold (first call, module warm-up included): ${cold.toFixed(2)} ms`);
console.log(`  ${RUNS} runs: median ${percentile(timings, 50).toFixed(2)} ms, p95 ${percentile(timings, 95).toFixed(2)} ms, max ${timings.at(-1)!.toFixed(2)} ms (target < 50 ms)`);
console.log(`groupSlotsByDay for a Tokyo client: median ${percentile(grouping, 50).toFixed(2)} ms, p95 ${percentile(grouping, 95).toFixed(2)} ms`);
