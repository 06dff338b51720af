import { Temporal } from "temporal-polyfill";
import { RFM_SEGMENTS } from "@/lib/analytics/models/score-rfm";
import { minorToDecimal, parseMoney } from "@/lib/shared/parse-money";
import { splitTags } from "@/lib/customers";
import { AppError } from "@/lib/errors";
import { CHURN_RISKS, CUSTOMER_SOURCES, MAX_CLUSTER, segmentDefinitionSchema, type SegmentDefinition } from "./segment-definition";

// The segment form as strings, both ways: form (or "Save as segment" query string) -> definition
// with per-field errors, and a stored definition -> the strings the form shows. Money is typed in
// major units of the org's currency; dates are days in the org's time zone; P(alive) is 0..1.
export const SEGMENT_NAME_MAX = 80;
export const SEGMENT_DESCRIPTION_MAX = 500;

export type SegmentFormValues = {
  name: string;
  description: string;
  rfmSegments: string[];
  clusters: string[];
  churnRisk: string[];
  sources: string[];
  tags: string;
  minClv: string;
  maxClv: string;
  minPAlive: string;
  maxPAlive: string;
  minTotalSpent: string;
  hasEmail: "" | "yes" | "no";
  hasTelegram: "" | "yes" | "no";
  lastOrderAfter: string;
  lastOrderBefore: string;
};

export const emptySegmentForm = (): SegmentFormValues => ({
  name: "",
  description: "",
  rfmSegments: [],
  clusters: [],
  churnRisk: [],
  sources: [],
  tags: "",
  minClv: "",
  maxClv: "",
  minPAlive: "",
  maxPAlive: "",
  minTotalSpent: "",
  hasEmail: "",
  hasTelegram: "",
  lastOrderAfter: "",
  lastOrderBefore: "",
});

type Raw = Record<string, string | string[] | undefined>;
type Ctx = { currency: string; timeZone: string };
const CONTROL = /[\p{Cc}]/u;

/** A list field from a form ("rfmSegments[]") or a query string (repeated, or comma-separated). */
function listOf(raw: Raw, key: string): string[] {
  const value = raw[`${key}[]`] ?? raw[key];
  const items = Array.isArray(value) ? value : typeof value === "string" ? value.split(",") : [];
  return items.map((s) => s.trim()).filter(Boolean);
}
const textOf = (raw: Raw, key: string) => {
  const v = raw[key];
  return (Array.isArray(v) ? v[0] : (v ?? "")).trim();
};
const yesNo = (s: string): "" | "yes" | "no" => (/^(yes|true|1)$/i.test(s) ? "yes" : /^(no|false|0)$/i.test(s) ? "no" : "");

/** Start of `day` (YYYY-MM-DD) in `timeZone` as an ISO instant, or null. */
export function dayStartInstant(day: string, timeZone: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  try {
    const date = Temporal.PlainDate.from(day, { overflow: "reject" });
    if (date.year < 1900 || date.year > 2200) return null;
    return new Date(date.toZonedDateTime({ timeZone }).epochMilliseconds).toISOString();
  } catch {
    return null;
  }
}

export const instantToDay = (iso: string, timeZone: string) => Temporal.Instant.from(iso).toZonedDateTimeISO(timeZone).toPlainDate().toString();

/** Parses the definition part of the form; throws BAD_INPUT with per-field errors. */
export function parseSegmentDefinitionForm(raw: Raw, { currency, timeZone }: Ctx): SegmentDefinition {
  const errors: Record<string, string> = {};
  const d: Record<string, unknown> = {};

  const rfm = listOf(raw, "rfmSegments");
  if (rfm.length) {
    const bad = rfm.find((s) => !(RFM_SEGMENTS as readonly string[]).includes(s));
    if (bad) errors.rfmSegments = `Unknown RFM segment "${bad.slice(0, 40)}"`;
    else d.rfmSegments = rfm;
  }
  const clusters = listOf(raw, "clusters");
  if (clusters.length) {
    if (clusters.some((c) => !/^\d{1,2}$/.test(c) || Number(c) > MAX_CLUSTER)) errors.clusters = "Unknown cluster";
    else d.clusters = clusters.map(Number);
  }
  const churn = listOf(raw, "churnRisk").map((s) => s.toUpperCase());
  if (churn.length) {
    if (churn.some((c) => !(CHURN_RISKS as readonly string[]).includes(c))) errors.churnRisk = "Churn risk is low, medium or high";
    else d.churnRisk = churn;
  }
  const sources = listOf(raw, "sources").map((s) => s.toUpperCase());
  if (sources.length) {
    if (sources.some((s) => !(CUSTOMER_SOURCES as string[]).includes(s))) errors.sources = "Unknown source";
    else d.sources = sources;
  }
  const tagsText = textOf(raw, "tags");
  if (tagsText) {
    const tags = splitTags(tagsText);
    if (tags.length > 20) errors.tags = "Use at most 20 tags";
    else if (tags.some((t) => t.length > 32 || CONTROL.test(t))) errors.tags = "Tags are at most 32 characters, without control characters";
    else if (tags.length) d.tags = tags;
  }
  for (const key of ["minClv", "maxClv", "minTotalSpent"] as const) {
    const s = textOf(raw, key);
    if (!s) continue;
    const money = parseMoney(s, currency);
    if (!money.ok) errors[key] = money.error;
    else if (key === "minTotalSpent" && money.minor === 0) errors[key] = "Enter more than 0, or leave it empty";
    else d[key] = money.minor;
  }
  for (const key of ["minPAlive", "maxPAlive"] as const) {
    const s = textOf(raw, key).replace(",", ".");
    if (!s) continue;
    const p = /^(0(\.\d+)?|1(\.0+)?|\.\d+)$/.test(s) ? Number(s) : NaN;
    if (Number.isNaN(p)) errors[key] = "A probability from 0 to 1, e.g. 0.3";
    else d[key] = p;
  }
  for (const key of ["hasEmail", "hasTelegram"] as const) {
    const s = textOf(raw, key);
    if (!s) continue;
    const v = yesNo(s);
    if (v === "") errors[key] = "Choose yes, no or any";
    else d[key] = v === "yes";
  }
  for (const key of ["lastOrderAfter", "lastOrderBefore"] as const) {
    const s = textOf(raw, key);
    if (!s) continue;
    const instant = dayStartInstant(s, timeZone);
    if (!instant) errors[key] = "Enter a date (YYYY-MM-DD)";
    else d[key] = instant;
  }
  if (Object.keys(errors).length) throw new AppError("BAD_INPUT", "Please check the highlighted fields.", errors);

  const parsed = segmentDefinitionSchema.safeParse(d);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) errors[String(issue.path[0] ?? "definition")] ??= issue.message;
    const message = errors.definition ? "Add at least one condition: who should be in this segment?" : "Please check the highlighted fields.";
    throw new AppError("BAD_INPUT", message, errors);
  }
  return parsed.data;
}

export type SegmentInput = { name: string; description: string | null; definition: SegmentDefinition };

/** The whole form: name, description and definition; all field errors at once. */
export function parseSegmentForm(raw: Raw, ctx: Ctx): SegmentInput {
  const errors: Record<string, string> = {};
  const name = textOf(raw, "name").normalize("NFC");
  if (!name) errors.name = "Name is required";
  else if (name.length > SEGMENT_NAME_MAX) errors.name = `Name must be at most ${SEGMENT_NAME_MAX} characters`;
  else if (CONTROL.test(name)) errors.name = "Name cannot contain line breaks or control characters";
  const description = textOf(raw, "description").normalize("NFC");
  if (description.length > SEGMENT_DESCRIPTION_MAX) errors.description = `Description must be at most ${SEGMENT_DESCRIPTION_MAX} characters`;
  let definition: SegmentDefinition | null = null;
  let message = "Please check the highlighted fields.";
  try {
    definition = parseSegmentDefinitionForm(raw, ctx);
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    Object.assign(errors, err.fieldErrors);
    message = err.message;
  }
  if (Object.keys(errors).length || !definition) throw new AppError("BAD_INPUT", message, errors);
  return { name, description: description || null, definition };
}

/** A stored definition as the form's strings (edit page). */
export function definitionToForm(d: SegmentDefinition, { currency, timeZone }: Ctx): Omit<SegmentFormValues, "name" | "description"> {
  const money = (v: number | undefined) => (v === undefined ? "" : minorToDecimal(Math.round(v), currency));
  const bool = (v: boolean | undefined): "" | "yes" | "no" => (v === undefined ? "" : v ? "yes" : "no");
  return {
    rfmSegments: d.rfmSegments ?? [],
    clusters: (d.clusters ?? []).map(String),
    churnRisk: d.churnRisk ?? [],
    sources: d.sources ?? [],
    tags: (d.tags ?? []).join(", "),
    minClv: money(d.minClv),
    maxClv: money(d.maxClv),
    minPAlive: d.minPAlive === undefined ? "" : String(d.minPAlive),
    maxPAlive: d.maxPAlive === undefined ? "" : String(d.maxPAlive),
    minTotalSpent: money(d.minTotalSpent),
    hasEmail: bool(d.hasEmail),
    hasTelegram: bool(d.hasTelegram),
    lastOrderAfter: d.lastOrderAfter ? instantToDay(d.lastOrderAfter, timeZone) : "",
    lastOrderBefore: d.lastOrderBefore ? instantToDay(d.lastOrderBefore, timeZone) : "",
  };
}

/**
 * "Save as segment" links prefill the new-segment form from the query string, with the form's
 * field names: ?rfmSegments=At%20Risk&churnRisk=HIGH, lists repeated or comma-separated, money in
 * major units (?minClv=100), P(alive) 0..1, dates YYYY-MM-DD, hasEmail=yes|no, name=...
 * Read leniently: a value the form cannot show is dropped (the form still validates on save).
 */
export function segmentFormFromQuery(query: Raw): SegmentFormValues {
  const v = emptySegmentForm();
  const rfmByLower = new Map(RFM_SEGMENTS.map((s) => [s.toLowerCase(), s]));
  v.name = textOf(query, "name").slice(0, SEGMENT_NAME_MAX);
  v.description = textOf(query, "description").slice(0, SEGMENT_DESCRIPTION_MAX);
  v.rfmSegments = listOf(query, "rfmSegments").flatMap((s) => rfmByLower.get(s.toLowerCase()) ?? []);
  v.clusters = listOf(query, "clusters").filter((c) => /^\d{1,2}$/.test(c));
  v.churnRisk = listOf(query, "churnRisk")
    .map((s) => s.toUpperCase())
    .filter((s) => (CHURN_RISKS as readonly string[]).includes(s));
  v.sources = listOf(query, "sources")
    .map((s) => s.toUpperCase())
    .filter((s) => (CUSTOMER_SOURCES as string[]).includes(s));
  v.tags = textOf(query, "tags").slice(0, 700);
  for (const key of ["minClv", "maxClv", "minPAlive", "maxPAlive", "minTotalSpent"] as const) v[key] = textOf(query, key).slice(0, 20);
  for (const key of ["lastOrderAfter", "lastOrderBefore"] as const) v[key] = /^\d{4}-\d{2}-\d{2}$/.test(textOf(query, key)) ? textOf(query, key) : "";
  v.hasEmail = yesNo(textOf(query, "hasEmail"));
  v.hasTelegram = yesNo(textOf(query, "hasTelegram"));
  return v;
}
