import { describe, expect, it } from "vitest";
import { ticketTypeFieldsSchema } from "./ticket-type-fields";

const base = { name: "General admission", capacity: "100" };
const parse = (fields: Record<string, unknown>, currency = "EUR") => ticketTypeFieldsSchema(currency).safeParse({ ...base, ...fields });
const errors = (fields: Record<string, unknown>, currency = "EUR") => {
  const r = parse(fields, currency);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("ticketTypeFieldsSchema", () => {
  it("defaults: free, 10 per order, visible, no sale window", () => {
    const r = parse({});
    expect(r.success && r.data).toEqual({ name: "General admission", description: null, price: 0, capacity: 100, saleStartsAt: null, saleEndsAt: null, maxPerOrder: 10, hidden: false, unlockCode: null });
  });

  it("reads decimal prices into exact minor units in the org currency", () => {
    expect(parse({ price: "24.90" }).data?.price).toBe(2490);
    expect(parse({ price: "0.1" }).data?.price).toBe(10);
    expect(parse({ price: "1500" }, "JPY").data?.price).toBe(1500);
    expect(errors({ price: "15.5" }, "JPY").price).toBe("JPY amounts have no decimals");
    expect(errors({ price: "-1" }).price).toBe("The amount cannot be negative");
  });

  it("hidden types need a well-formed unlock code; visible ones drop it", () => {
    expect(errors({ hidden: "on" }).unlockCode).toBe("A hidden ticket type needs an unlock code");
    expect(errors({ hidden: "on", unlockCode: "a b" }).unlockCode).toBe("Use 4-40 letters, digits, - or _");
    expect(parse({ hidden: "on", unlockCode: "PRESS-2026" }).data).toMatchObject({ hidden: true, unlockCode: "PRESS-2026" });
    expect(parse({ unlockCode: "PRESS-2026" }).data?.unlockCode).toBeNull();
  });

  it("refuses a sale window ending before it starts, bad capacity and per-order limits", () => {
    expect(errors({ saleStartsAt: "2026-07-10T10:00", saleEndsAt: "2026-07-01T10:00" }).saleEndsAt).toBe("The sale must end after it starts");
    expect(errors({ capacity: "" }).capacity).toBe("Capacity is required");
    expect(errors({ capacity: "-3" }).capacity).toBe("Capacity must be a whole number");
    expect(errors({ maxPerOrder: "0" }).maxPerOrder).toBe("Max per order must be between 1 and 100");
    expect(errors({ saleStartsAt: "soon" }).saleStartsAt).toBe("Sale start: pick a date and time");
  });
});
