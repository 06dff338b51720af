import { describe, expect, it } from "vitest";
import { parseCustomerCsv } from "./parse-customer-csv";
import { mergeForImport, planCustomerImport, type ExistingCustomer } from "./plan-customer-import";

const existing: ExistingCustomer[] = [
  { id: "c1", name: "Ann", email: "ann@x.io", phone: "+1 555 0100", telegramUserId: null, tags: ["vip"], notes: "old" },
  { id: "c2", name: "Bob", email: null, phone: null, telegramUserId: 777n, tags: [], notes: null },
];
const plan = (text: string) => planCustomerImport(parseCustomerCsv(text).rows, existing);

describe("planCustomerImport", () => {
  it("marks rows new, update (by email, else Telegram id) or unchanged", () => {
    const { rows, summary } = plan(["name,email,phone,tags,telegram_user_id,notes", "Cat,cat@x.io,,,,", "Ann B,ANN@x.io,,regular,,", "Bob,,,,777,", "Bob,bob@x.io,,,,"].join("\n"));
    expect(rows.map((r) => r.status)).toEqual(["new", "update", "unchanged", "new"]);
    expect(summary).toEqual({ new: 2, update: 1, unchanged: 1, error: 0 });
    expect(rows[1].match).toEqual({ id: "c1", name: "Ann" });
    expect(rows[1].result).toEqual({ name: "Ann B", email: "ann@x.io", phone: "+1 555 0100", telegramUserId: null, tags: ["vip", "regular"], notes: "old" });
    expect(rows[1].changed).toEqual(["name", "tags"]);
  });

  it("refuses a Telegram id that belongs to another customer than the email's", () => {
    const { rows } = plan("name,email,telegram_user_id\nAnn,ann@x.io,777");
    expect(rows[0].status).toBe("error");
    expect(rows[0].errors[0]).toMatch(/belongs to another customer \(Bob\)/);
  });

  it("refuses two rows that would update the same customer", () => {
    const { rows, summary } = plan("name,email,telegram_user_id\nBob,,777\nRobert,robert@x.io,777");
    // the second row is a file-level duplicate Telegram id already
    expect(rows[1].status).toBe("error");
    expect(summary.error).toBe(1);
    const again = plan("name,email,telegram_user_id\nAnn,ann@x.io,\nAnnie,newann@x.io,\nAnn2,ann@x.io,");
    expect(again.rows[2].status).toBe("error");
  });

  it("keeps existing values for empty cells and merges tags without duplicates", () => {
    expect(mergeForImport(existing[0], { name: "Ann", email: "ann@x.io", phone: null, telegramUserId: 5n, tags: ["vip", "new"], notes: null })).toEqual({
      name: "Ann",
      email: "ann@x.io",
      phone: "+1 555 0100",
      telegramUserId: 5n,
      tags: ["vip", "new"],
      notes: "old",
    });
  });

  it("passes row errors through as status error", () => {
    const { rows, summary } = plan("name,email\n,nobody@x.io\nOk,ok@x.io");
    expect(rows.map((r) => r.status)).toEqual(["error", "new"]);
    expect(summary).toMatchObject({ error: 1, new: 1 });
  });
});
