import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { detectDelimiter, escapeCsvCell, guardFormula, toCsvLine, unguardFormula } from "./csv-cells";

describe("CSV cells", () => {
  it("quotes cells with commas, quotes, semicolons, newlines and edge spaces", () => {
    expect(escapeCsvCell("plain")).toBe("plain");
    expect(escapeCsvCell("a,b")).toBe('"a,b"');
    expect(escapeCsvCell('say "hi"')).toBe('"say ""hi"""');
    expect(escapeCsvCell("line1\nline2")).toBe('"line1\nline2"');
    expect(escapeCsvCell("vip; regular")).toBe('"vip; regular"');
    expect(escapeCsvCell(" padded ")).toBe('" padded "');
    expect(escapeCsvCell(null)).toBe("");
    expect(escapeCsvCell(12345678901234n)).toBe("12345678901234");
  });

  it("defuses spreadsheet formulas with a leading quote", () => {
    for (const evil of ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\r=1"]) {
      expect(guardFormula(evil)).toBe(`'${evil}`);
      expect(unguardFormula(guardFormula(evil))).toBe(evil);
    }
    expect(escapeCsvCell("=1+1")).toBe("'=1+1");
    expect(escapeCsvCell("=SUM(A1,B1)")).toBe(`"'=SUM(A1,B1)"`);
    expect(guardFormula("Anna")).toBe("Anna");
  });

  it("writes phone numbers and signed numbers as they are: they call nothing", () => {
    for (const v of ["+49 151 2345678", "+1 (555) 010-9999", "+44.20.7946.0958", "-12.50", "-1", "(030) 1234567"]) {
      expect(guardFormula(v)).toBe(v);
      expect(escapeCsvCell(v)).toBe(v);
    }
    // A + or - start that is not only a number is still guarded, and so is a quoted number.
    for (const v of ["+cmd|' /C calc'!A0", "+1+1", "-2+3", "-A1", "- note", "+49=1", "+49 151\t", "'+49 151"]) expect(guardFormula(v)).toBe(`'${v}`);
    for (const v of ["+49 151 2345678", "'+49 151"]) expect(unguardFormula(guardFormula(v))).toBe(v);
  });

  it("keeps values that already start with ' exact through guard and unguard", () => {
    for (const v of ["'=x", "''+1", "'plain", "it's"]) expect(unguardFormula(guardFormula(v))).toBe(v);
  });

  it("builds lines that Papa parses back to the same cells", () => {
    const cells = ['Zoë, "the" one', "=cmd|' /C calc'!A0", "multi\r\nline", "", "李小龍", "-1"];
    const parsed = Papa.parse<string[]>(toCsvLine(cells), { skipEmptyLines: true }).data[0];
    expect(parsed.map(unguardFormula)).toEqual(cells);
  });

  it("detects the delimiter from the header line", () => {
    expect(detectDelimiter("name,email\nA,b")).toBe(",");
    expect(detectDelimiter("name;email;phone\nA;b;c")).toBe(";");
    expect(detectDelimiter("name\temail\nA\tb")).toBe("\t");
    expect(detectDelimiter("name\nAnna")).toBe(",");
  });
});
