import { describe, expect, it } from "vitest";
import { evaluateCondition, evaluateRule } from "./evaluate-condition";
import { subscriber } from "../../../test/flow-chat-harness";
import { conditionRuleSchema } from "./types";

const scope = { variables: { age: "30", city: "Paris", empty: "" }, subscriber: subscriber({ customer: { email: "ada@example.com", attributes: { tier: "gold" } } }), tags: new Set(["VIP"]) };
const rule = (r: Record<string, unknown>) => conditionRuleSchema.parse(r);
const check = (r: Record<string, unknown>) => evaluateRule(rule(r), scope);

describe("evaluateRule", () => {
  it("variables: equals (any case, numbers by value), not equals, contains", () => {
    expect(check({ kind: "variable", name: "city", operator: "equals", value: "paris" })).toBe(true);
    expect(check({ kind: "variable", name: "age", operator: "equals", value: "30.0" })).toBe(true);
    expect(check({ kind: "variable", name: "city", operator: "notEquals", value: "Rome" })).toBe(true);
    expect(check({ kind: "variable", name: "city", operator: "contains", value: "AR" })).toBe(true);
    expect(check({ kind: "variable", name: "city", operator: "contains", value: "" })).toBe(false);
  });

  it("greater and less compare numbers and are false for text", () => {
    expect(check({ kind: "variable", name: "age", operator: "greaterThan", value: "18" })).toBe(true);
    expect(check({ kind: "variable", name: "age", operator: "lessThan", value: "18" })).toBe(false);
    expect(check({ kind: "variable", name: "city", operator: "greaterThan", value: "1" })).toBe(false);
  });

  it("is set / is not set; built-ins count", () => {
    expect(check({ kind: "variable", name: "empty", operator: "isSet" })).toBe(false);
    expect(check({ kind: "variable", name: "nope", operator: "isNotSet" })).toBe(true);
    expect(check({ kind: "variable", name: "first_name", operator: "isSet" })).toBe(true);
  });

  it("customer fields and tags", () => {
    expect(check({ kind: "customer", field: "email", operator: "contains", value: "@example.com" })).toBe(true);
    expect(check({ kind: "customer", field: "attributes.tier", operator: "equals", value: "GOLD" })).toBe(true);
    expect(check({ kind: "customer", field: "phone", operator: "isSet" })).toBe(false);
    expect(check({ kind: "tag", tag: "vip", operator: "has" })).toBe(true);
    expect(check({ kind: "tag", tag: "blocked", operator: "hasNot" })).toBe(true);
  });
});

describe("evaluateCondition", () => {
  const rules = [rule({ kind: "tag", tag: "VIP", operator: "has" }), rule({ kind: "variable", name: "city", operator: "equals", value: "Rome" })];
  it("all needs every rule, any needs one; no rules is false", () => {
    expect(evaluateCondition({ match: "all", rules }, scope)).toBe(false);
    expect(evaluateCondition({ match: "any", rules }, scope)).toBe(true);
    expect(evaluateCondition({ match: "any", rules: [] }, scope)).toBe(false);
  });
});
