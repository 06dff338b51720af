import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/db/generated/client";
import { createTicketedEvent, type TicketTypeSeed } from "../../test/ticketing-factories";

// Shared by the ticket benches: the running server's database (BENCH_DATABASE_URL, or the
// embedded one on EMBEDDED_PG_PORT), an org with one published event, and cleanup.
export const baseUrl = process.env.BENCH_URL || `http://localhost:${process.env.PORT || 3000}`;
const dbUrl = process.env.BENCH_DATABASE_URL || `postgresql://postgres:frontdesk-local@127.0.0.1:${process.env.EMBEDDED_PG_PORT || 54329}/frontdesk`;
export const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: dbUrl }) });

export async function seedBenchEvent(types: TicketTypeSeed[]) {
  const id = randomUUID().slice(0, 8);
  const org = await db.organization.create({ data: { name: `Bench tickets ${id}`, slug: `bench-tix-${id}`, timezone: "Europe/Berlin", currency: "EUR" } });
  const event = await createTicketedEvent({ orgId: org.id, types, client: db, title: "Bench night", slug: `bench-night-${id}` });
  await db.lineupItem.createMany({ data: [1, 2, 3].map((position) => ({ eventId: event.id, position, name: `Artist ${position}`, role: "DJ", bio: "Plays records." })) });
  const cleanup = async () => {
    await db.$transaction([db.ticket.deleteMany({ where: { orgId: org.id } }), db.order.deleteMany({ where: { orgId: org.id } })]); // a paid order keeps its tickets at commit
    await db.organization.delete({ where: { id: org.id } });
    await db.$disconnect();
  };
  return { org, event, cleanup };
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
