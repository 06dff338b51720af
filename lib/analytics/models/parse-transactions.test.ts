import { describe, expect, it } from "vitest";
import { parseSummaryCsv } from "./parse-summary-csv";
import { detectTransactionsFormat, parseTransactions } from "./parse-transactions";

describe("parseTransactions", () => {
  it("reads the CDNOW text format, customer = the sample's own id", () => {
    const text = " 00004 0001 19970101  2   29.33\n 00004 0001 19970118  2   29.73\n 00021 0002 19970101  3   63.34\n";
    expect(detectTransactionsFormat(text)).toBe("cdnow");
    expect(parseTransactions(text)).toEqual([
      { customerId: "1", date: "1997-01-01", amount: 29.33 },
      { customerId: "1", date: "1997-01-18", amount: 29.73 },
      { customerId: "2", date: "1997-01-01", amount: 63.34 },
    ]);
    expect(() => parseTransactions(text + " 00021 0002 1997-01-02 3 1\n")).toThrow(/Line 4/);
  });

  it("reads a customer_id,date,amount CSV (amount optional) and names the bad line", () => {
    const csv = 'customer_id,date,amount\nc1,2024-01-01,10.5\n"c,2",2024-01-02T10:00:00Z,3\n';
    expect(detectTransactionsFormat(csv)).toBe("csv");
    expect(parseTransactions(csv)).toEqual([
      { customerId: "c1", date: "2024-01-01", amount: 10.5 },
      { customerId: "c,2", date: "2024-01-02T10:00:00Z", amount: 3 },
    ]);
    expect(parseTransactions("customer_id,date\nx,2024-01-01\n")).toEqual([{ customerId: "x", date: "2024-01-01" }]);
    expect(() => parseTransactions("customer_id,amount\nx,1\n")).toThrow(/"date" column/);
    expect(() => parseTransactions("customer_id,date,amount\nx,2024-02-30,1\n")).toThrow(/line 2: invalid date/);
    expect(() => parseTransactions("customer_id,date,amount\nx,2024-02-03,1\nx,2024-02-03,abc\n")).toThrow(/line 3: invalid amount/);
    expect(() => parseTransactions("customer_id,date,amount\n,2024-02-03,1\n")).toThrow(/line 2: empty customer_id/);
  });
});

describe("parseSummaryCsv", () => {
  it("reads lifetimes' summary layout and checks the columns", () => {
    const rows = parseSummaryCsv("ID,frequency,recency,T,monetary_value\n7,2,30.43,38.86,22.35\n8,0,0,38.86,0\n", { require: ["frequency", "recency", "T"] });
    expect(rows).toEqual([
      { customerId: "7", frequency: 2, recency: 30.43, T: 38.86, monetary_value: 22.35, total_value: 44.7 },
      { customerId: "8", frequency: 0, recency: 0, T: 38.86, monetary_value: 0, total_value: 0 },
    ]);
    expect(() => parseSummaryCsv("ID,frequency,T\n1,1,2\n", { require: ["frequency", "recency", "T"] })).toThrow(/"recency" column/);
    expect(() => parseSummaryCsv("frequency,recency,T\n1.5,1,2\n", { require: ["frequency"] })).toThrow(/whole number/);
    expect(() => parseSummaryCsv("frequency,recency,T\n1,3,2\n", { require: ["frequency"] })).toThrow(/after T/);
    expect(() => parseSummaryCsv("frequency,recency,T\n", { require: ["frequency"] })).toThrow(/no rows/);
  });
});
