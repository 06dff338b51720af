import { describe, expect, it } from "vitest";
import { toCsvLine } from "../../shared/csv-cells";
import { exportHeader } from "../records/export-customers-csv";
import { csvImportLimits, parseCustomerCsv } from "./parse-customer-csv";

const csv = (...lines: string[]) => lines.join("\n");

describe("parseCustomerCsv", () => {
  it("reads a header with aliases, any case and order, and validates each row", () => {
    const parsed = parseCustomerCsv(csv("E-Mail,Full Name,Mobile,Labels,Telegram ID,Comment,Favourite colour", "ANN@X.IO,Ann,+1 555 0100,vip;new,42,hi,blue", "bob@x.io,Bob,,,,,"));
    expect(parsed.fileErrors).toEqual([]);
    expect(parsed.columns).toEqual(["name", "email", "phone", "tags", "telegram_user_id", "notes"]);
    expect(parsed.ignoredColumns).toEqual(["Favourite colour"]);
    expect(parsed.rows.map((r) => r.row)).toEqual([2, 3]);
    expect(parsed.rows[0].fields).toEqual({ name: "Ann", email: "ann@x.io", phone: "+1 555 0100", telegramUserId: 42n, tags: ["vip", "new"], notes: "hi" });
    expect(parsed.rows[1].fields).toMatchObject({ name: "Bob", phone: null, tags: [] });
  });

  it("accepts semicolon files (European Excel), a BOM, CRLF and blank lines", () => {
    const parsed = parseCustomerCsv('\uFEFFname;email;tags\r\nZoë Ångström;zoe@x.io;"a,b"\r\n\r\n;;\r\n李小龍;;c\r\n');
    expect(parsed.fileErrors).toEqual([]);
    expect(parsed.rows.map((r) => r.fields?.name)).toEqual(["Zoë Ångström", "李小龍"]);
    expect(parsed.rows[0].fields?.tags).toEqual(["a", "b"]);
  });

  it("gives each bad row its own errors, named by column", () => {
    const parsed = parseCustomerCsv(csv("name,email,telegram_user_id,tags", ",a@x.io,,", "Bo,not-an-email,,", "Cy,,abc,", `Di,,,${"bad tag"}`, "<script>x</script>,,,"));
    expect(parsed.rows.map((r) => r.errors)).toEqual([
      ["name: Name is required"],
      ["email: Enter a valid email address"],
      ["telegram_user_id: Telegram user id must be a positive whole number"],
      ['tags: Tag "bad tag" may only use letters, digits, - and _'],
      [],
    ]);
    expect(parsed.rows.slice(0, 4).every((r) => r.fields === null)).toBe(true);
    expect(parsed.rows[4].fields?.name).toBe("<script>x</script>");
  });

  it("flags duplicate emails and Telegram ids inside the file (case-insensitive email)", () => {
    const parsed = parseCustomerCsv(csv("name,email,telegram_user_id", "A,a@x.io,1", "B,A@X.IO,", "C,c@x.io,1"));
    expect(parsed.rows[0].errors).toEqual([]);
    expect(parsed.rows[1].errors[0]).toMatch(/Duplicate email in this file \(same as row 2\)/);
    expect(parsed.rows[2].errors[0]).toMatch(/Duplicate Telegram user id .*row 2/);
  });

  it("refuses files it cannot read as a whole", () => {
    expect(parseCustomerCsv("").fileErrors[0]).toMatch(/empty/);
    expect(parseCustomerCsv("name\nZo\uFFFD").fileErrors[0]).toMatch(/not UTF-8/);
    expect(parseCustomerCsv("name\nA\u0000").fileErrors[0]).toMatch(/not look like a text CSV/);
    expect(parseCustomerCsv("email,phone\na@x.io,123456").fileErrors[0]).toMatch(/needs a "name" column/);
    expect(parseCustomerCsv("name,Name\nA,B").fileErrors[0]).toMatch(/appears twice/);
    expect(parseCustomerCsv("name,email\n").fileErrors[0]).toMatch(/no rows/);
    expect(parseCustomerCsv('name,notes\nA,"never closed\nB,x').fileErrors[0]).toMatch(/broken quote/);
    expect(parseCustomerCsv("name\n" + "x,".repeat(csvImportLimits.MAX_BYTES)).fileErrors[0]).toMatch(/larger than 2 MB/);
    expect(parseCustomerCsv("name\n" + "A\n".repeat(csvImportLimits.MAX_ROWS + 1)).fileErrors[0]).toMatch(/limit is 5000/);
    expect(parseCustomerCsv("name\n" + "A\n".repeat(csvImportLimits.MAX_ROWS)).fileErrors).toEqual([]);
  });

  it("flags rows with more cells than the header", () => {
    expect(parseCustomerCsv("name,email\nA,a@x.io,extra").rows[0].errors[0]).toMatch(/3 cells but the header has 2/);
  });

  it("reads back what the export writes (round trip), formula guards removed", () => {
    const customers = [
      { name: '=HYPERLINK("http://evil")', email: "eve@x.io", phone: "+49 151 1234567", tags: ["vip", "früh-bucher"], telegramUserId: 9007199254740992n, notes: 'multi\nline, "quoted"; notes' },
      { name: "Zoë, Ångström", email: null, phone: "-123 456", tags: [], telegramUserId: null, notes: "@mention" },
      { name: "'=already quoted", email: "q@x.io", phone: null, tags: ["a_b"], telegramUserId: 5n, notes: null },
    ];
    const text = "\uFEFF" + toCsvLine(exportHeader) + customers.map((c) => toCsvLine([c.name, c.email, c.phone, c.tags.join("; "), "IMPORT", c.telegramUserId, c.notes, "2026-01-01T00:00:00.000Z", 3, "12.50"])).join("");
    expect(text).not.toMatch(/(^|,)([=@]|[+-][^\d(])/m); // no cell starts a formula...
    expect(text).toContain(",+49 151 1234567,"); // ...and phone numbers are written as they are
    expect(text).toContain("'=HYPERLINK");
    const parsed = parseCustomerCsv(text);
    expect(parsed.fileErrors).toEqual([]);
    expect(parsed.ignoredColumns).toEqual(["source", "created_at", "orders", "total_spent"]);
    expect(parsed.rows.map((r) => r.errors)).toEqual([[], [], []]);
    expect(parsed.rows.map((r) => r.fields)).toEqual(customers);
  });
});
