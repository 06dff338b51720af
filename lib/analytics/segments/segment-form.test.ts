import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { describeSegment } from "./describe-segment";
import { readSegmentDefinition, segmentDefinitionSchema } from "./segment-definition";
import { newSegmentHref } from "./new-segment-href";
import { definitionToForm, parseSegmentDefinitionForm, parseSegmentForm, segmentFormFromQuery } from "./segment-form";

const ctx = { currency: "EUR", timeZone: "Europe/Berlin" };
const fieldErrorsOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return { message: err.message, fieldErrors: err.fieldErrors };
    throw err;
  }
  throw new Error("expected an AppError");
};

describe("segment form -> definition", () => {
  it("parses every condition: lists, money in major units, probabilities, yes/no and days in the org's zone", () => {
    const raw = {
      name: "  Slipping regulars ",
      description: "",
      "rfmSegments[]": ["At Risk", "Can't Lose", "At Risk"],
      "clusters[]": ["2", "0"],
      "churnRisk[]": ["HIGH"],
      "sources[]": ["TELEGRAM"],
      tags: "VIP, newsletter",
      minClv: "100",
      maxClv: "1,000.50",
      minPAlive: "0.2",
      maxPAlive: "0,8",
      minTotalSpent: "0.1",
      hasEmail: "yes",
      hasTelegram: "no",
      lastOrderAfter: "2025-01-01",
      lastOrderBefore: "2025-07-01",
    };
    expect(parseSegmentForm(raw, ctx)).toEqual({
      name: "Slipping regulars",
      description: null,
      definition: {
        rfmSegments: ["At Risk", "Can't Lose"],
        clusters: [0, 2],
        churnRisk: ["HIGH"],
        sources: ["TELEGRAM"],
        tags: ["newsletter", "vip"],
        minClv: 10000,
        maxClv: 100050,
        minPAlive: 0.2,
        maxPAlive: 0.8,
        minTotalSpent: 10,
        hasEmail: true,
        hasTelegram: false,
        lastOrderAfter: "2024-12-31T23:00:00.000Z", // midnight in Berlin (CET)
        lastOrderBefore: "2025-06-30T22:00:00.000Z", // midnight in Berlin (CEST)
      },
    });
  });

  it("needs at least one condition, and a name", () => {
    const e = fieldErrorsOf(() => parseSegmentForm({ name: "", hasEmail: "" }, ctx));
    expect(e.fieldErrors).toEqual({ name: "Name is required", definition: "Add at least one condition" });
    expect(e.message).toMatch(/at least one condition/);
  });

  it("reports each bad field", () => {
    const e = fieldErrorsOf(() =>
      parseSegmentDefinitionForm({ "rfmSegments[]": ["Superstars"], "clusters[]": ["x"], "churnRisk[]": ["severe"], "sources[]": ["FAX"], minClv: "ten", maxPAlive: "1.5", minTotalSpent: "0", hasEmail: "maybe", lastOrderAfter: "2025-02-30" }, ctx),
    );
    expect(e.fieldErrors).toEqual({
      rfmSegments: 'Unknown RFM segment "Superstars"',
      clusters: "Unknown cluster",
      churnRisk: "Churn risk is low, medium or high",
      sources: "Unknown source",
      minClv: "Enter an amount like 12.50",
      maxPAlive: "A probability from 0 to 1, e.g. 0.3",
      minTotalSpent: "Enter more than 0, or leave it empty",
      hasEmail: "Choose yes, no or any",
      lastOrderAfter: "Enter a date (YYYY-MM-DD)",
    });
  });

  it("refuses ranges that select nobody by construction", () => {
    const e = fieldErrorsOf(() => parseSegmentDefinitionForm({ minClv: "200", maxClv: "100", minPAlive: "0.9", maxPAlive: "0.1", lastOrderAfter: "2025-05-01", lastOrderBefore: "2025-05-01" }, ctx));
    expect(Object.keys(e.fieldErrors ?? {}).sort()).toEqual(["lastOrderBefore", "maxClv", "maxPAlive"]);
  });

  it("round-trips through the edit form", () => {
    const def = parseSegmentDefinitionForm({ minClv: "99.99", lastOrderAfter: "2025-03-30", "churnRisk[]": ["LOW", "MEDIUM"], hasTelegram: "yes", tags: "a" }, ctx);
    const form = definitionToForm(def, ctx);
    expect(form).toMatchObject({ minClv: "99.99", lastOrderAfter: "2025-03-30", churnRisk: ["LOW", "MEDIUM"], hasTelegram: "yes", hasEmail: "", tags: "a" });
    expect(parseSegmentDefinitionForm({ ...form, "churnRisk[]": form.churnRisk, "rfmSegments[]": [], "clusters[]": [], "sources[]": [] }, ctx)).toEqual(def);
  });
});

describe("stored definitions", () => {
  it("validates strictly: unknown keys, empty definitions and wrong types are not definitions", () => {
    expect(readSegmentDefinition({ churnRisk: ["HIGH"] })).toEqual({ churnRisk: ["HIGH"] });
    expect(readSegmentDefinition({})).toBeNull();
    expect(readSegmentDefinition({ churnRisk: [] })).toBeNull();
    expect(readSegmentDefinition({ churnRisk: ["HIGH"], orgId: "other" })).toBeNull();
    expect(readSegmentDefinition({ minClv: "100" })).toBeNull();
    expect(readSegmentDefinition(null)).toBeNull();
    expect(segmentDefinitionSchema.safeParse({ lastOrderAfter: "yesterday" }).success).toBe(false);
  });

  it("describes a definition in words", () => {
    const d = readSegmentDefinition({ rfmSegments: ["At Risk", "Can't Lose"], churnRisk: ["HIGH"], minClv: 10000, hasTelegram: true, clusters: [0] })!;
    expect(describeSegment(d, ctx)).toEqual(["RFM segment: At Risk or Can't Lose", "Cluster 1", "Churn risk: high", "12-month CLV at least €100.00", "Reachable in Telegram"]);
    expect(describeSegment(d, { ...ctx, clusters: { 0: "recent, frequent, high spend" } })[1]).toBe("Cluster 1 (recent, frequent, high spend)");
  });
});

describe("'Save as segment' query prefill", () => {
  it("reads the query leniently: comma or repeated lists, any case, unknown values dropped", () => {
    const v = segmentFormFromQuery({ rfmSegments: "at risk,Can't Lose,Nope", churnRisk: ["high", "bogus"], hasTelegram: "true", minClv: "100", lastOrderBefore: "not-a-date", name: "From RFM" });
    expect(v).toMatchObject({ name: "From RFM", rfmSegments: ["At Risk", "Can't Lose"], churnRisk: ["HIGH"], hasTelegram: "yes", minClv: "100", lastOrderBefore: "" });
  });

  it("newSegmentHref builds a link the form reads back", () => {
    const href = newSegmentHref("lumen", { rfmSegments: ["At Risk", "Can't Lose"], churnRisk: ["HIGH"], hasTelegram: true, minClv: "100.00", clusters: [0, 2] });
    expect(href).toBe("/lumen/analytics/segments/new?rfmSegments=At+Risk%2CCan%27t+Lose&churnRisk=HIGH&hasTelegram=yes&minClv=100.00&clusters=0%2C2");
    const query = Object.fromEntries(new URL(href, "http://x").searchParams);
    expect(segmentFormFromQuery(query)).toMatchObject({ rfmSegments: ["At Risk", "Can't Lose"], churnRisk: ["HIGH"], hasTelegram: "yes", minClv: "100.00", clusters: ["0", "2"] });
    expect(newSegmentHref("lumen")).toBe("/lumen/analytics/segments/new");
  });
});
