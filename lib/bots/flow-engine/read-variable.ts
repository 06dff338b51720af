import type { SubscriberSnapshot, VariableValue, Variables } from "./types";

// What a name in "{{name}}" or a condition means: built-in subscriber fields first, then
// "customer.<field>", then the conversation's variables over the subscriber's stored ones.

export const BUILT_IN_VARIABLES = ["first_name", "last_name", "full_name", "username"] as const;

export function isReservedVariable(name: string): boolean {
  return (BUILT_IN_VARIABLES as readonly string[]).includes(name) || name.startsWith("customer.");
}

export function readVariable(name: string, variables: Variables, subscriber: SubscriberSnapshot): VariableValue | undefined {
  switch (name) {
    case "first_name":
      return subscriber.firstName;
    case "last_name":
      return subscriber.lastName ?? null;
    case "full_name":
      return [subscriber.firstName, subscriber.lastName].filter(Boolean).join(" ");
    case "username":
      return subscriber.username ?? null;
  }
  if (name.startsWith("customer.")) return readCustomerField(name.slice("customer.".length), subscriber);
  if (Object.hasOwn(variables, name)) return variables[name];
  return Object.hasOwn(subscriber.variables, name) ? subscriber.variables[name] : undefined;
}

/** "name", "email", "phone" or "attributes.<key>" of the subscriber's customer record. */
export function readCustomerField(field: string, subscriber: SubscriberSnapshot): VariableValue | undefined {
  const customer = subscriber.customer;
  if (!customer) return undefined;
  if (field === "name" || field === "email" || field === "phone") return customer[field] ?? null;
  if (field.startsWith("attributes.")) {
    const value = customer.attributes?.[field.slice("attributes.".length)];
    if (value === undefined || value === null) return value ?? undefined;
    return typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : JSON.stringify(value);
  }
  return undefined;
}

export function isBlank(value: VariableValue | undefined): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}
