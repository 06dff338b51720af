"use client";
import type { ConditionRule } from "@/lib/bots/client";
import { ListControl, SelectControl, TextControl } from "../form-controls";
import type { NodeFormProps } from "./form-props";

const matchOptions = [
  ["all", "all rules hold"],
  ["any", "any rule holds"],
] as const;

const compare = [
  ["equals", "equals"],
  ["notEquals", "does not equal"],
  ["contains", "contains"],
  ["greaterThan", "is greater than"],
  ["lessThan", "is less than"],
  ["isSet", "is set"],
  ["isNotSet", "is not set"],
] as const;

const freshRule = (kind: ConditionRule["kind"]): ConditionRule =>
  kind === "tag" ? { kind, tag: "", operator: "has" } : kind === "customer" ? { kind, field: "email", operator: "isSet", value: "" } : { kind, name: "", operator: "equals", value: "" };

export function ConditionForm({ data, set, errors }: NodeFormProps<"condition">) {
  return (
    <div className="space-y-3">
      <SelectControl label="Go to True when" name="match" value={data.match} options={matchOptions} onChange={(match) => set({ ...data, match })} />
      <ListControl<ConditionRule> label="Rules" error={errors.rules} items={data.rules} max={20} addLabel="Add rule" make={() => freshRule("variable")} onChange={(rules) => set({ ...data, rules })}>
        {(rule, update, i) => (
          <>
            <SelectControl
              label="Check"
              name={`rule-kind-${i}`}
              value={rule.kind}
              options={
                [
                  ["variable", "A variable"],
                  ["customer", "A customer field"],
                  ["tag", "A tag"],
                ] as const
              }
              onChange={(k) => update(freshRule(k))}
            />
            {rule.kind === "tag" ? (
              <>
                <TextControl label="Tag" name={`rule-tag-${i}`} value={rule.tag} onChange={(tag) => update({ ...rule, tag })} />
                <SelectControl
                  label="Subscriber"
                  name={`rule-op-${i}`}
                  value={rule.operator}
                  options={
                    [
                      ["has", "has the tag"],
                      ["hasNot", "does not have it"],
                    ] as const
                  }
                  onChange={(operator) => update({ ...rule, operator })}
                />
              </>
            ) : (
              <>
                {rule.kind === "variable" ? (
                  <TextControl label="Variable" name={`rule-name-${i}`} value={rule.name} placeholder="email" onChange={(name) => update({ ...rule, name })} />
                ) : (
                  <TextControl label="Customer field" name={`rule-field-${i}`} value={rule.field} hint="name, email, phone or attributes.<key>" onChange={(field) => update({ ...rule, field })} />
                )}
                <SelectControl label="Operator" name={`rule-op-${i}`} value={rule.operator} options={compare} onChange={(operator) => update({ ...rule, operator })} />
                {rule.operator !== "isSet" && rule.operator !== "isNotSet" && <TextControl label="Value" name={`rule-value-${i}`} value={rule.value} onChange={(value) => update({ ...rule, value })} />}
              </>
            )}
          </>
        )}
      </ListControl>
    </div>
  );
}
