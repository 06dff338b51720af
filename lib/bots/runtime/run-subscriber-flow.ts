import { enrollOnTag } from "../drips/enroll-on-tag";
import { Prisma } from "@/lib/db/generated/client";
import { applySubscriberEffects } from "../flow-engine/apply-subscriber-effects";
import { runFlow } from "../flow-engine/run-flow-step";
import { conversationStateSchema, type FlowEvent, type SubscriberSnapshot, type Variables } from "../flow-engine/types";
import { carryOutEffects } from "./carry-out-effects";
import { type FlowLoader, loadRunnableFlows } from "./load-runnable-flows";
import type { SubscriberRow } from "./upsert-bot-subscriber";

// One engine step for one subscriber, under the chat's lock: the conversation's own version,
// the bot's published flows, then the new state, variables and tags saved and the effects
// carried out. An email the flow collected fills the customer's email when it has none.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function snapshotOf(s: SubscriberRow): SubscriberSnapshot {
  return {
    firstName: s.firstName,
    lastName: s.lastName,
    username: s.username,
    tags: s.tags,
    variables: (s.variables ?? {}) as Variables,
    customer: s.customer ? { ...s.customer, attributes: (s.customer.attributes ?? {}) as Record<string, unknown> } : null,
  };
}

async function fillCustomerEmail(tx: Prisma.TransactionClient, s: SubscriberRow, variables: Variables) {
  const email = typeof variables.email === "string" ? variables.email.trim().toLowerCase() : "";
  if (!s.customerId || s.customer?.email || !EMAIL.test(email) || email.length > 254) return;
  await tx.$executeRaw`
    UPDATE "Customer" SET "email" = ${email}, "updatedAt" = now()
     WHERE "id" = ${s.customerId} AND "email" IS NULL
       AND NOT EXISTS (SELECT 1 FROM "Customer" c WHERE c."orgId" = ${s.orgId} AND c."email" = ${email})`;
}

type Options = { subscriber: SubscriberRow; event: FlowEvent; now: Date; loadFlows?: FlowLoader };

export async function runSubscriberFlow(tx: Prisma.TransactionClient, { subscriber, event, now, loadFlows = loadRunnableFlows }: Options) {
  const parsed = conversationStateSchema.safeParse(subscriber.conversationState);
  const state = parsed.success ? parsed.data : null;
  const { published, runningGraph } = await loadFlows(tx, { botId: subscriber.botId, running: state ? { flowId: state.flowId, version: state.flowVersion } : null });
  const snapshot = snapshotOf(subscriber);
  const result = runFlow(runningGraph, state, event, { now, random: Math.random, subscriber: snapshot, flows: published });
  const after = applySubscriberEffects(snapshot, result.effects);
  // Most messages to a bot without a running conversation change nothing here: no write then.
  const unchanged = JSON.stringify([result.state, after.tags, after.variables]) === JSON.stringify([subscriber.conversationState, snapshot.tags, snapshot.variables]);
  if (!unchanged) {
    await tx.botSubscriber.update({
      where: { id: subscriber.id },
      data: { conversationState: result.state ?? Prisma.DbNull, tags: after.tags, variables: after.variables as Prisma.InputJsonValue },
    });
  }
  await fillCustomerEmail(tx, subscriber, after.variables);
  // A tag the flow just added may start a drip sequence.
  const added = after.tags.filter((t) => !subscriber.tags.includes(t));
  if (added.length > 0) await enrollOnTag({ subscriberId: subscriber.id, tags: added, tx, now });
  const flowId = state?.flowId ?? result.state?.flowId ?? null; // the flow the event resumed (its step logged a problem)
  const target = { orgId: subscriber.orgId, botId: subscriber.botId, chatId: Number(subscriber.chatId), subscriberId: subscriber.id, customerId: subscriber.customerId, flowId };
  return carryOutEffects(tx, { target, effects: result.effects, now });
}
