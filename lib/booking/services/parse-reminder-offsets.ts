// Reminder offsets as a person types them ("24 h, 1 h", "2d, 30 min") to whole minutes before
// the appointment, largest first, without duplicates. Blank means no reminders.
export const REMINDER_LIMITS = { MAX_COUNT: 5, MIN_MINUTES: 5, MAX_MINUTES: 30 * 24 * 60 } as const;

const UNIT_MINUTES: Record<string, number> = { m: 1, min: 1, mins: 1, minute: 1, minutes: 1, h: 60, hr: 60, hrs: 60, hour: 60, hours: 60, d: 1440, day: 1440, days: 1440 };
const PART = /^(\d{1,5})\s*([a-z]+)$/;

export type ReminderResult = { ok: true; minutes: number[] } | { ok: false; error: string };

export function parseReminderOffsets(input: string): ReminderResult {
  const parts = input
    .split(/[,;]/)
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean);
  const minutes = new Set<number>();
  for (const part of parts) {
    const match = PART.exec(part);
    const unit = match ? UNIT_MINUTES[match[2]] : undefined;
    if (!match || !unit) return { ok: false, error: `"${part.slice(0, 20)}" is not an offset; write e.g. "24 h, 1 h" or "30 min"` };
    const value = Number(match[1]) * unit;
    if (value < REMINDER_LIMITS.MIN_MINUTES || value > REMINDER_LIMITS.MAX_MINUTES) return { ok: false, error: "Each reminder must be between 5 min and 30 days before" };
    minutes.add(value);
  }
  if (minutes.size > REMINDER_LIMITS.MAX_COUNT) return { ok: false, error: `Use at most ${REMINDER_LIMITS.MAX_COUNT} reminders` };
  return { ok: true, minutes: [...minutes].sort((a, b) => b - a) };
}

/** [1440, 60] -> "24 h, 1 h": what the form shows. */
export function formatReminderOffsets(minutes: readonly number[]): string {
  return minutes.map((m) => (m % 1440 === 0 && m >= 2880 ? `${m / 1440} d` : m % 60 === 0 ? `${m / 60} h` : `${m} min`)).join(", ");
}
