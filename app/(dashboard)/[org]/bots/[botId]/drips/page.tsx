import Link from "next/link";
import { loadAudiencePage } from "@/components/bots/audience/load-audience-page";
import { ButtonLink } from "@/components/ui/button";
import { Badge, EmptyState, PageHeader } from "@/components/ui/card";
import { TableCard } from "@/components/ui/table-card";
import { listDripSequences } from "@/lib/bots";
import { DoneNotice } from "@/components/ui/form-message";

export const metadata = { title: "Drip sequences" };

// /[org]/bots/[botId]/drips: message series that start when a subscriber gets a tag.
export default async function DripsPage({ params, searchParams }: { params: Promise<{ org: string; botId: string }>; searchParams: Promise<{ deleted?: string }> }) {
  const { ctx, bot, base } = await loadAudiencePage(await params);
  const sequences = await listDripSequences({ orgId: ctx.orgId, botId: bot.id });
  const th = "px-3 py-2.5 text-left text-xs font-semibold uppercase tracking-wide text-gray-500";
  const add = <ButtonLink href={`${base}/drips/new`}>New sequence</ButtonLink>;
  return (
    <>
      <PageHeader title="Drip sequences" description="A series of messages with delays, started when a subscriber gets a tag (from a flow, the inbox or bulk tagging)." actions={add} />
      {(await searchParams).deleted === "1" && <DoneNotice>Sequence deleted. Nobody enrolled in it gets a further step.</DoneNotice>}
      {sequences.length === 0 ? (
        <EmptyState title="No drip sequences yet" description="For example: tag “lead” → a welcome now, a tip after 1 day, an offer after 3 days." action={add} />
      ) : (
        <TableCard>
          <table className="min-w-full divide-y divide-gray-200 text-sm">
            <thead className="bg-gray-50">
              <tr>
                <th className={th}>Sequence</th>
                <th className={th}>Tag</th>
                <th className={`${th} text-right`}>Messages</th>
                <th className={`${th} hidden text-right sm:table-cell`}>Enrolled</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-100">
              {sequences.map((s) => (
                <tr key={s.id} className="hover:bg-gray-50">
                  <td className="max-w-56 px-3 py-3">
                    <Link href={`${base}/drips/${s.id}`} className="block truncate font-medium text-gray-900 hover:text-brand-700 hover:underline">
                      {s.name}
                    </Link>
                    {!s.active && <Badge>Off</Badge>}
                  </td>
                  <td className="px-3 py-3">
                    <Badge tone="brand">{s.triggerTag}</Badge>
                  </td>
                  <td className="px-3 py-3 text-right tabular-nums">{s._count.steps}</td>
                  <td className="hidden px-3 py-3 text-right tabular-nums sm:table-cell">{s._count.enrollments}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableCard>
      )}
    </>
  );
}
