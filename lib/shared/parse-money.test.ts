import { describe, expect, it } from "vitest";
import { minorToDecimal, parseMoney } from "./parse-money";

const minor = (s: string, currency = "EUR") => {
  const r = parseMoney(s, currency);
  if (!r.ok) throw new Error(`${s}: ${r.error}`);
  return r.minor;
};

describe("parseMoney: major units to integer minor units, exactly", () => {
  it("reads plain decimals", () => {
    expect(minor("12.5")).toBe(1250);
    expect(minor("12.50")).toBe(1250);
    expect(minor("12")).toBe(1200);
    expect(minor("0.01")).toBe(1);
    expect(minor(".5")).toBe(50);
    expect(minor(" 7.00 ")).toBe(700);
    expect(minor("12.500")).toBe(1250); // trailing zeros beyond the currency's decimals are harmless
  });

  it("has no float error: 0.1 + 0.2 is exactly 30 cents", () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(minor("0.1") + minor("0.2")).toBe(30);
    expect(minor("1.15")).toBe(115); // Math.round(1.15 * 100) is 114.99999999999999 -> 115 only by luck
    expect(minor("4.35")).toBe(435); // 4.35 * 100 = 434.99999999999994
    expect(minor("1005.01")).toBe(100501);
  });

  it("reads grouping and decimal commas", () => {
    expect(minor("1,234.50")).toBe(123450);
    expect(minor("1,234")).toBe(123400);
    expect(minor("12,50")).toBe(1250);
    expect(minor("1.234,50")).toBe(123450);
    expect(minor("1 234.50")).toBe(123450);
  });

  it("follows the currency's decimals", () => {
    expect(minor("1250", "JPY")).toBe(1250);
    expect(minor("1.5", "KWD")).toBe(1500);
    expect(parseMoney("12.5", "JPY")).toMatchObject({ ok: false, error: "JPY amounts have no decimals" });
  });

  it("refuses bad values with a message", () => {
    for (const bad of ["", "  ", "abc", "12.3.4", "1e3", "€12", "12 EUR", "0x10", "Infinity", "NaN", "."]) {
      expect(parseMoney(bad, "EUR").ok, bad).toBe(false);
    }
    expect(parseMoney("-5", "EUR")).toEqual({ ok: false, error: "The amount cannot be negative" });
    expect(parseMoney("12.345", "EUR")).toEqual({ ok: false, error: "Use at most 2 decimals" });
    expect(parseMoney("99999999999", "EUR")).toEqual({ ok: false, error: "The amount is too large" });
    expect(parseMoney("21474836.47", "EUR")).toEqual({ ok: true, minor: 2147483647 });
    expect(parseMoney("21474836.48", "EUR").ok).toBe(false);
  });

  it("writes minor units back as the decimal a form shows", () => {
    expect(minorToDecimal(1250, "EUR")).toBe("12.50");
    expect(minorToDecimal(5, "EUR")).toBe("0.05");
    expect(minorToDecimal(1250, "JPY")).toBe("1250");
    expect(minorToDecimal(1500, "KWD")).toBe("1.500");
    for (const s of ["0.01", "12.50", "1005.01"]) expect(minorToDecimal(minor(s), "EUR")).toBe(s);
  });
});
