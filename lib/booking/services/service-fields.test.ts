import { describe, expect, it } from "vitest";
import { formatReminderOffsets, parseReminderOffsets } from "./parse-reminder-offsets";
import { serviceFieldsSchema } from "./service-fields";

const base = { name: "Portrait", slug: "portrait", durationMinutes: "60" };
const parse = (fields: Record<string, unknown>, currency = "EUR") => serviceFieldsSchema(currency).safeParse({ ...base, ...fields });
const errors = (fields: Record<string, unknown>, currency = "EUR") => {
  const r = parse(fields, currency);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("serviceFieldsSchema", () => {
  it("fills defaults: free, no limits, default reminders blank -> none, no staff", () => {
    const r = parse({});
    expect(r.success && r.data).toEqual({
      name: "Portrait",
      slug: "portrait",
      description: null,
      durationMinutes: 60,
      price: 0,
      bufferBeforeMinutes: 0,
      bufferAfterMinutes: 0,
      minimumNoticeMinutes: 0,
      bookingWindowDays: null,
      maxBookingsPerDay: null,
      slotIntervalMinutes: null,
      requiresPayment: false,
      requiresConfirmation: false,
      cancellationCutoffHours: 0,
      reminderOffsetsMinutes: [],
      staffIds: [],
    });
  });

  it.each([
    ["49.90", "EUR", 4990],
    ["0.1", "EUR", 10],
    ["1,234.5", "EUR", 123450],
    ["12,50", "EUR", 1250],
    ["19.99", "USD", 1999],
    ["1500", "JPY", 1500],
    ["1.234", "KWD", 1234],
  ])("price %s %s -> %i minor units, exactly", (price, currency, minor) => {
    const r = parse({ price }, currency);
    expect(r.success && r.data.price).toBe(minor);
  });

  it.each([
    ["12.345", "EUR", "Use at most 2 decimals"],
    ["-5", "EUR", "The amount cannot be negative"],
    ["abc", "EUR", "Enter an amount like 12.50"],
    ["5.5", "JPY", "JPY amounts have no decimals"],
    ["99999999999", "EUR", "The amount is too large"],
  ])("price %s %s is refused: %s", (price, currency, message) => {
    expect(errors({ price }, currency).price).toBe(message);
  });

  it("refuses bad names, slugs, numbers out of range and payment for a free service", () => {
    expect(errors({ name: "  ", slug: "Not A Slug", durationMinutes: "0", bufferAfterMinutes: "999", maxBookingsPerDay: "0", slotIntervalMinutes: "2.5" })).toEqual({
      name: "Name is required",
      slug: "Use lowercase letters, digits and single dashes, e.g. portrait-session",
      durationMinutes: "Duration must be between 5 and 720",
      bufferAfterMinutes: "Buffer after must be between 0 and 240",
      maxBookingsPerDay: "Max bookings per day must be between 1 and 200",
      slotIntervalMinutes: "Slot interval must be a whole number",
    });
    expect(errors({ price: "0", requiresPayment: "on" })).toEqual({ requiresPayment: "A free service cannot require payment up front; set a price first" });
    expect(errors({ name: "a\nb" }).name).toMatch(/line breaks/);
    expect(errors({ durationMinutes: "" }).durationMinutes).toBe("Duration is required");
  });

  it("lowercases the slug, dedupes staff ids and reads checkboxes", () => {
    const r = parse({ slug: " Portrait-2 ", "staffIds[]": ["a", "b", "a"], price: "10", requiresPayment: "on", requiresConfirmation: "on" });
    expect(r.success && [r.data.slug, r.data.staffIds, r.data.requiresPayment, r.data.requiresConfirmation]).toEqual(["portrait-2", ["a", "b"], true, true]);
  });
});

describe("parseReminderOffsets", () => {
  it("reads hours, minutes and days, largest first, without duplicates", () => {
    expect(parseReminderOffsets("1 h, 24 h")).toEqual({ ok: true, minutes: [1440, 60] });
    expect(parseReminderOffsets("30 min; 2d, 48h, 1hour")).toEqual({ ok: true, minutes: [2880, 60, 30] });
    expect(parseReminderOffsets("  ")).toEqual({ ok: true, minutes: [] });
  });

  it("refuses unknown units, out-of-range values and too many", () => {
    expect(parseReminderOffsets("soon")).toMatchObject({ ok: false, error: expect.stringMatching(/"soon" is not an offset/) });
    expect(parseReminderOffsets("1 min")).toMatchObject({ ok: false, error: "Each reminder must be between 5 min and 30 days before" });
    expect(parseReminderOffsets("31 d")).toMatchObject({ ok: false });
    expect(parseReminderOffsets("1h,2h,3h,4h,5h,6h")).toMatchObject({ ok: false, error: "Use at most 5 reminders" });
  });

  it("formats back to what the form shows", () => {
    expect(formatReminderOffsets([2880, 1440, 60, 30])).toBe("2 d, 24 h, 1 h, 30 min");
    expect(parseReminderOffsets(formatReminderOffsets([2880, 1440, 90]))).toEqual({ ok: true, minutes: [2880, 1440, 90] });
  });
});
