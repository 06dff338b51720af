import { describe, expect, it } from "vitest";
import { customerFieldsSchema, customerFieldsToForm, splitTags } from "./customer-fields";

const parse = (input: Record<string, unknown>) => customerFieldsSchema.safeParse(input);
const errorsOf = (input: Record<string, unknown>) => {
  const r = parse(input);
  const out: Record<string, string> = {};
  if (!r.success) for (const i of r.error.issues) out[String(i.path[0])] ??= i.message; // first message per field, as the action wrapper does
  return out;
};

describe("customer fields", () => {
  it("normalizes a full, valid customer", () => {
    const r = parse({ name: "  Zoë Ångström ", email: " Zoe@Example.COM ", phone: "+49 (151) 123-4567", telegramUserId: " 123456789 ", tags: "VIP, regular; vip,, ", notes: " likes jazz " });
    expect(r.success && r.data).toEqual({ name: "Zoë Ångström", email: "zoe@example.com", phone: "+49 (151) 123-4567", telegramUserId: 123456789n, tags: ["vip", "regular"], notes: "likes jazz" });
  });

  it("needs only a name; blank optional fields become null and tags empty", () => {
    expect(parse({ name: "李小龍", email: "", phone: "  ", telegramUserId: "", tags: "", notes: "" }).data).toEqual({ name: "李小龍", email: null, phone: null, telegramUserId: null, tags: [], notes: null });
    expect(parse({ name: "Ann" }).success).toBe(true);
  });

  it("rejects an empty or missing name", () => {
    expect(errorsOf({ name: "   " }).name).toBe("Name is required");
    expect(errorsOf({}).name).toBe("Name is required");
  });

  it("turns huge input into field errors, not exceptions", () => {
    const errors = errorsOf({ name: "x".repeat(10_000), email: `${"a".repeat(300)}@x.io`, phone: "1".repeat(100), telegramUserId: "9".repeat(500), tags: "t,".repeat(5000), notes: "n".repeat(2001) });
    expect(Object.keys(errors).sort()).toEqual(["email", "name", "notes", "phone", "tags", "telegramUserId"]);
    expect(errors.name).toMatch(/at most 120/);
  });

  it("rejects wrong types with a message", () => {
    expect(errorsOf({ name: 42 }).name).toBe("Name must be text");
    expect(errorsOf({ name: "A", email: ["a@b.co"] }).email).toBe("Email must be text");
    expect(errorsOf({ name: "A", tags: { x: 1 } }).tags).toBe("Tags must be text");
  });

  it("validates email, phone and Telegram id formats", () => {
    expect(errorsOf({ name: "A", email: "not-an-email" }).email).toBe("Enter a valid email address");
    expect(errorsOf({ name: "A", phone: "call me" }).phone).toMatch(/digits, spaces/);
    expect(errorsOf({ name: "A", phone: "1234" }).phone).toMatch(/at least 5/);
    expect(errorsOf({ name: "A", telegramUserId: "-5" }).telegramUserId).toMatch(/positive whole number/);
    expect(errorsOf({ name: "A", telegramUserId: "1.5" }).telegramUserId).toMatch(/positive whole number/);
    expect(errorsOf({ name: "A", telegramUserId: "0" }).telegramUserId).toMatch(/out of range/);
    expect(errorsOf({ name: "A", telegramUserId: String(2n ** 53n + 1n) }).telegramUserId).toMatch(/out of range/);
    expect(parse({ name: "A", telegramUserId: String(2n ** 53n) }).data?.telegramUserId).toBe(2n ** 53n);
  });

  it("keeps HTML as plain text (rendering escapes it)", () => {
    expect(parse({ name: "<script>alert(1)</script>", notes: "<b>hi</b>" }).data).toMatchObject({ name: "<script>alert(1)</script>", notes: "<b>hi</b>" });
  });

  it("refuses control characters in names and NUL anywhere", () => {
    expect(errorsOf({ name: "Ann\nSmith" }).name).toMatch(/control characters/);
    expect(errorsOf({ name: "Ann", notes: "a\u0000b" }).notes).toMatch(/invalid character/);
    expect(parse({ name: "Ann", notes: "line 1\nline 2" }).success).toBe(true);
  });

  it("checks tags: charset, length, count; unicode letters are fine", () => {
    expect(splitTags(" Café, früh-bucher;VIP ; café ")).toEqual(["café", "früh-bucher", "vip"]);
    expect(errorsOf({ name: "A", tags: "good, not good" }).tags).toMatch(/letters, digits/);
    expect(errorsOf({ name: "A", tags: "x".repeat(33) }).tags).toMatch(/longer than 32/);
    expect(errorsOf({ name: "A", tags: Array.from({ length: 21 }, (_, i) => `t${i}`).join(",") }).tags).toMatch(/at most 20/);
    expect(parse({ name: "A", tags: Array.from({ length: 20 }, (_, i) => `t${i}`).join(",") }).success).toBe(true);
  });

  it("round-trips through the form representation", () => {
    const data = parse({ name: "A", email: "a@b.co", telegramUserId: "77", tags: "x, y" }).data!;
    expect(parse(customerFieldsToForm(data)).data).toEqual(data);
  });
});
