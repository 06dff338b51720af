// CSV cells in and out. Out: RFC 4180 quoting, and a leading ' on any cell a spreadsheet would
// run as a formula (= + - @, tab, CR). In: that one ' is removed again, so export -> import
// gives back exactly what was exported (a value that itself starts with ' and then a formula
// character gets one more ' on the way out, so it survives too).
// A phone number or a signed number ("+49 151 2345678", "-12.50") starts with + or - but can
// call nothing (only digits, spaces and ( ) . / -): it is written as is, so the file stays
// readable by other tools and by Frontdesk's own import.
const FORMULA_START = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;
const NUMBER_LIKE = /^[+-]?\(?\d[\d ().\/-]*$/;

export function guardFormula(value: string): string {
  return FORMULA_START.test(value) && !NUMBER_LIKE.test(value) ? `'${value}` : value;
}

export function unguardFormula(value: string): string {
  return GUARDED.test(value) ? value.slice(1) : value;
}

export function escapeCsvCell(value: string | number | bigint | null | undefined): string {
  if (value === null || value === undefined) return "";
  const guarded = guardFormula(String(value));
  return /[",;\r\n]|^\s|\s$/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

export function toCsvLine(cells: (string | number | bigint | null | undefined)[]): string {
  return cells.map(escapeCsvCell).join(",") + "\r\n";
}

/** The delimiter of a file, judged from its header line: comma, semicolon (European Excel) or tab. */
export function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const counts = [",", ";", "\t"].map((d) => [d, firstLine.split(d).length - 1] as const);
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : ",";
}
