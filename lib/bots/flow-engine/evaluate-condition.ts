import { isBlank, readCustomerField, readVariable } from "./read-variable";
import type { ConditionRule, NodeOf, SubscriberSnapshot, VariableValue, Variables } from "./types";

// A condition node's rules over variables, customer fields and tags, combined with all/any.
// Text compares case-insensitively; greater/less compare numbers and are false for non-numbers.

export type ConditionScope = { variables: Variables; subscriber: SubscriberSnapshot; tags: ReadonlySet<string> };

export function evaluateCondition(data: NodeOf<"condition">["data"], scope: ConditionScope): boolean {
  if (data.rules.length === 0) return false;
  const results = data.rules.map((rule) => evaluateRule(rule, scope));
  return data.match === "all" ? results.every(Boolean) : results.some(Boolean);
}

export function evaluateRule(rule: ConditionRule, scope: ConditionScope): boolean {
  if (rule.kind === "tag") {
    const has = [...scope.tags].some((t) => t.toLowerCase() === rule.tag.trim().toLowerCase());
    return rule.operator === "has" ? has : !has;
  }
  const actual = rule.kind === "variable" ? readVariable(rule.name.trim(), scope.variables, scope.subscriber) : readCustomerField(rule.field.trim(), scope.subscriber);
  return compare(actual, rule.operator, rule.value);
}

function compare(actual: VariableValue | undefined, operator: Exclude<ConditionRule, { kind: "tag" }>["operator"], expected: string): boolean {
  const text = isBlank(actual) ? "" : String(actual).trim().toLowerCase();
  const wanted = expected.trim().toLowerCase();
  switch (operator) {
    case "isSet":
      return !isBlank(actual);
    case "isNotSet":
      return isBlank(actual);
    case "equals":
      return sameValue(text, wanted);
    case "notEquals":
      return !sameValue(text, wanted);
    case "contains":
      return wanted !== "" && text.includes(wanted);
    case "greaterThan":
    case "lessThan": {
      const a = toNumber(actual);
      const b = toNumber(expected);
      if (a === null || b === null) return false;
      return operator === "greaterThan" ? a > b : a < b;
    }
  }
}

// "10" equals "10.0"; otherwise text equality.
function sameValue(a: string, b: string): boolean {
  const x = toNumber(a);
  const y = toNumber(b);
  return x !== null && y !== null ? x === y : a === b;
}

function toNumber(value: VariableValue | undefined): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "string" || value.trim() === "") return null;
  const n = Number(value.trim().replace(",", "."));
  return Number.isFinite(n) ? n : null;
}
