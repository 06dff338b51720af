import { revalidatePath } from "next/cache";

/**
 * After an organizer changes an event (details, lineup, cover, ticket types, status): the
 * dashboard pages under `dashboardPath` and every cached public event page, so visitors see the
 * change at once rather than after the page's revalidate window (a renamed slug's old page goes
 * too). Edits are rare next to visits, so all /e/<slug> pages go rather than tracking slugs.
 */
export function revalidateEventPages(dashboardPath: string): void {
  revalidatePath(dashboardPath, "layout");
  revalidatePath("/e/[slug]", "page");
}
