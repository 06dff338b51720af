import { describe, expect, it } from "vitest";
import { AppError, BUSY_MESSAGE, busyError } from "./errors";

describe("busyError", () => {
  it("turns pool and transaction-start timeouts into a 429 'try again'", () => {
    for (const err of [
      { code: "P2024" },
      { code: "P2028", message: "Transaction API error: Unable to start a transaction in the given time." },
      new Error("timeout exceeded when trying to connect"),
      { meta: { driverAdapterError: { cause: { originalCode: "53300" } } } },
    ]) {
      const busy = busyError(err);
      expect(busy).toBeInstanceOf(AppError);
      expect([busy?.status, busy?.message]).toEqual([429, BUSY_MESSAGE]);
    }
  });

  it("leaves every other error alone", () => {
    expect(busyError(new Error("boom"))).toBeNull();
    expect(busyError({ code: "P2002" })).toBeNull();
    expect(busyError(undefined)).toBeNull();
  });
});
