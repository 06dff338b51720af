import { describe, expect, it } from "vitest";
import { promoCodeFieldsSchema } from "./promo-code-fields";

const parse = (fields: Record<string, unknown>, currency = "EUR") => promoCodeFieldsSchema(currency).safeParse({ code: "early", kind: "PERCENT", value: "15", ...fields });
const error = (fields: Record<string, unknown>, currency = "EUR") => {
  const r = parse(fields, currency);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("promoCodeFieldsSchema", () => {
  it("upper-cases the code; percent and amount values; blanks are null", () => {
    expect(parse({ active: "on" }).data).toEqual({ code: "EARLY", kind: "PERCENT", value: 15, eventId: null, maxRedemptions: null, expiresAt: null, active: true, segmentId: null });
    expect(parse({ value: "20%" }).data?.value).toBe(20);
    expect(parse({ kind: "AMOUNT", value: "5.50" }).data?.value).toBe(550);
    expect(parse({ kind: "AMOUNT", value: "500" }, "JPY").data?.value).toBe(500);
    expect(parse({ maxRedemptions: "50", expiresAt: "2030-01-01T00:00" }).data).toMatchObject({ maxRedemptions: 50, expiresAt: "2030-01-01T00:00" });
  });

  it("refuses bad codes and values", () => {
    expect(error({ code: "a b" }).code).toBe("Use letters, digits, - or _");
    expect(error({ code: "ab" }).code).toBe("Use at least 3 characters");
    expect(error({ value: "0" }).value).toBe("Enter a whole percent from 1 to 100");
    expect(error({ value: "101" }).value).toBe("Enter a whole percent from 1 to 100");
    expect(error({ value: "12.5" }).value).toBe("Enter a whole percent from 1 to 100");
    expect(error({ kind: "AMOUNT", value: "0" }).value).toBe("The amount must be more than 0");
    expect(error({ kind: "AMOUNT", value: "1.5" }, "JPY").value).toBe("JPY amounts have no decimals");
    expect(error({ kind: "FREE" }).kind).toBe("Choose percent or amount");
    expect(error({ maxRedemptions: "0" }).maxRedemptions).toBe("Max redemptions must be between 1 and 1000000");
  });
});
