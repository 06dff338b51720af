import type { Effect, SubscriberSnapshot } from "./types";

// The subscriber after a step's variable and tag effects: what the worker writes to the
// BotSubscriber row, and what the editor's preview keeps for its sandbox subscriber.

export function applySubscriberEffects(subscriber: SubscriberSnapshot, effects: Effect[]): SubscriberSnapshot {
  let { tags, variables } = subscriber;
  for (const effect of effects) {
    if (effect.type === "setVariables") variables = { ...variables, ...effect.variables };
    if (effect.type === "setTags") tags = [...new Set([...tags, ...effect.tags])];
    if (effect.type === "removeTags") tags = tags.filter((t) => !effect.tags.includes(t));
  }
  return { ...subscriber, tags, variables };
}
