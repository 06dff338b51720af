import { z } from "zod";
import type { Prisma } from "@/lib/db/client";
import { CustomerSource } from "@/lib/db/generated/enums";

// The list filters (search, tag, source), shared by the list page and the CSV export so an
// export always matches what the list shows.
export const customerSourceLabels: Record<CustomerSource, string> = {
  MANUAL: "Manual",
  IMPORT: "Import",
  TELEGRAM: "Telegram",
  TICKETING: "Ticketing",
  BOOKING: "Booking",
};

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const customerFiltersSchema = z.object({
  q: z.preprocess(blankToUndefined, z.string().trim().max(200, "Search must be at most 200 characters").optional()),
  tag: z.preprocess(blankToUndefined, z.string().trim().toLowerCase().max(32, "Unknown tag").optional()),
  source: z.preprocess(blankToUndefined, z.enum(CustomerSource, "Unknown source").optional()),
});

export type CustomerFilters = z.infer<typeof customerFiltersSchema>;

export const hasFilters = (f: CustomerFilters) => Boolean(f.q || f.tag || f.source);

/** The Prisma `where` for an org's customers under `filters`; the org is always part of it. */
export function customerWhere(orgId: string, filters: CustomerFilters): Prisma.CustomerWhereInput {
  const where: Prisma.CustomerWhereInput = { orgId };
  if (filters.q) {
    where.OR = [{ name: { contains: filters.q, mode: "insensitive" } }, { email: { contains: filters.q, mode: "insensitive" } }, { phone: { contains: filters.q, mode: "insensitive" } }];
  }
  if (filters.tag) where.tags = { has: filters.tag };
  if (filters.source) where.source = filters.source;
  return where;
}

/** For pages: each filter parsed on its own, so one bad value in the URL drops only itself. */
export function parseFiltersLenient(raw: { q?: unknown; tag?: unknown; source?: unknown }): CustomerFilters {
  const { shape } = customerFiltersSchema;
  const q = shape.q.safeParse(raw.q);
  const tag = shape.tag.safeParse(raw.tag);
  const source = shape.source.safeParse(raw.source);
  return { q: q.success ? q.data : undefined, tag: tag.success ? tag.data : undefined, source: source.success ? source.data : undefined };
}
