import Link from "next/link";
import { EmailStatusBadge, ResendNotice } from "@/components/settings/email-status-badge";
import { TableCard } from "@/components/ui/table-card";
import { EmptyState } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { formatDateTime } from "@/lib/format";
import { listEmails } from "@/lib/members/list-emails";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";
import { env } from "@/lib/env";

export const metadata = { title: "Emails" };

const th = "px-4 py-2.5 text-left text-xs font-semibold uppercase tracking-wide text-gray-500";

// /[org]/settings/emails: the org's outbox, newest first, 25 a page.
export default async function EmailsPage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<{ page?: string | string[] }> }) {
  const ctx = await requireOrgPage((await params).org);
  const rawPage = (await searchParams).page;
  const { emails, total, page, pageCount } = await listEmails({ orgId: ctx.orgId, page: Number(Array.isArray(rawPage) ? rawPage[0] : rawPage) || 1 });
  const resendConfigured = Boolean(env().RESEND_API_KEY);
  const base = `/${ctx.slug}/settings/emails`;
  return (
    <>
      {!resendConfigured && <ResendNotice />}
      {total === 0 ? (
        <EmptyState title="No emails yet" description="Invitations, tickets and booking confirmations sent by this organization appear here." />
      ) : (
        <TableCard>
          <table className="w-full min-w-[40rem] text-sm">
            <thead className="border-b border-gray-100 bg-gray-50">
              <tr>
                <th className={th}>To</th>
                <th className={th}>Subject</th>
                <th className={th}>Status</th>
                <th className={th}>Created</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-100">
              {emails.map((e) => (
                <tr key={e.id} className="relative hover:bg-gray-50">
                  <td className="px-4 py-3 text-gray-900">
                    {/* The link covers the whole row, so a click anywhere opens the email. */}
                    <Link href={`${base}/${e.id}`} className="after:absolute after:inset-0 focus:outline-none focus-visible:underline">
                      {e.to}
                    </Link>
                  </td>
                  <td className="max-w-sm truncate px-4 py-3 text-gray-700">{e.subject}</td>
                  <td className="px-4 py-3">
                    <EmailStatusBadge status={e.status} resendConfigured={resendConfigured} />
                    {e.status === "FAILED" && e.error && <p className="mt-1 max-w-xs truncate text-xs text-red-600">{e.error}</p>}
                  </td>
                  <td className="whitespace-nowrap px-4 py-3 text-gray-600">{formatDateTime(e.createdAt, ctx.timezone)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableCard>
      )}
      {total > 0 && <Pagination page={page} pageCount={pageCount} total={total} basePath={base} query={{}} />}
    </>
  );
}
