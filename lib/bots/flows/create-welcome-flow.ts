import type { Prisma } from "@/lib/db/client";
import { welcomeFlowGraph } from "../flow-engine/fixtures/welcome-flow";

/** A new bot's first flow (welcome -> name -> email -> menu), published as version 1. */
export async function createWelcomeFlow({ tx, orgId, botId, publishedById }: { tx: Prisma.TransactionClient; orgId: string; botId: string; publishedById: string | null }) {
  const graph = welcomeFlowGraph as unknown as Prisma.InputJsonValue;
  const now = new Date();
  return tx.flow.create({
    data: { orgId, botId, name: "Welcome", draftGraph: graph, publishedVersion: 1, publishedAt: now, position: 0, versions: { create: { version: 1, graph, publishedAt: now, publishedById } } },
    select: { id: true },
  });
}
