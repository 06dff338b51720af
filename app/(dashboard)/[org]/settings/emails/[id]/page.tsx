import Link from "next/link";
import { notFound } from "next/navigation";
import { EmailStatusBadge, ResendNotice } from "@/components/settings/email-status-badge";
import { EmailFrame } from "@/components/settings/email-frame";
import { Card } from "@/components/ui/card";
import { db } from "@/lib/db/client";
import { formatDateTime } from "@/lib/format";
import { getEmail } from "@/lib/members/list-emails";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";
import { env } from "@/lib/env";

export const metadata = { title: "Email" };

// /[org]/settings/emails/[id]: one stored email, its HTML in a sandboxed frame at full height (no
// scripts), its attachments as downloads.
export default async function EmailPage({ params }: { params: Promise<{ org: string; id: string }> }) {
  const { org, id } = await params;
  const ctx = await requireOrgPage(org);
  // Invitation links are bearer credentials: only owners (who may invite anyone) see them in full.
  // Confirmation and reset links: only their recipient sees them.
  const viewer = await db.user.findUnique({ where: { id: ctx.userId }, select: { email: true } });
  const email = await getEmail({ orgId: ctx.orgId, emailId: decodeURIComponent(id), hideInvitationLinks: ctx.role !== "OWNER", viewerEmail: viewer?.email });
  if (!email) notFound();
  const resendConfigured = Boolean(env().RESEND_API_KEY);
  return (
    <div className="space-y-4">
      {!resendConfigured && <ResendNotice />}
      <Link href={`/${ctx.slug}/settings/emails`} className="text-sm text-brand-600 hover:underline">
        ← All emails
      </Link>
      <Card>
        <h2 className="text-lg font-semibold text-gray-900">{email.subject}</h2>
        <dl className="mt-3 grid grid-cols-[7rem_1fr] gap-x-4 gap-y-1.5 text-sm">
          <dt className="text-gray-500">To</dt>
          <dd className="text-gray-900">{email.to}</dd>
          <dt className="text-gray-500">Status</dt>
          <dd>
            <EmailStatusBadge status={email.status} resendConfigured={resendConfigured} />
            {email.error && <span className="ml-2 text-xs text-red-600">{email.error}</span>}
          </dd>
          <dt className="text-gray-500">Created</dt>
          <dd className="text-gray-900">{formatDateTime(email.createdAt, ctx.timezone)}</dd>
          {email.sentAt && (
            <>
              <dt className="text-gray-500">Sent</dt>
              <dd className="text-gray-900">{formatDateTime(email.sentAt, ctx.timezone)}</dd>
            </>
          )}
        </dl>
      </Card>
      <section className="overflow-hidden rounded-lg border border-gray-200 bg-white shadow-sm">
        <h3 className="border-b border-gray-100 px-5 py-3 text-sm font-semibold text-gray-900">HTML</h3>
        <EmailFrame title={`Email: ${email.subject}`} html={email.html} />
      </section>
      <Card>
        <h3 className="mb-2 text-sm font-semibold text-gray-900">Text version</h3>
        {email.text ? <pre className="whitespace-pre-wrap break-words rounded-md bg-gray-50 p-3 text-sm text-gray-800">{email.text}</pre> : <p className="text-sm text-gray-500">No text version.</p>}
      </Card>
      <Card>
        <h3 className="mb-2 text-sm font-semibold text-gray-900">Attachments</h3>
        {email.attachments.length === 0 ? (
          <p className="text-sm text-gray-500">No attachments.</p>
        ) : (
          <ul className="divide-y divide-gray-100 text-sm">
            {email.attachments.map((a, i) => (
              <li key={i} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-2">
                <a href={`/${ctx.slug}/settings/emails/${email.id}/attachments/${i}`} download={a.filename} className="min-w-0 break-all font-medium text-brand-600 hover:underline">
                  {a.filename}
                </a>
                <span className="text-gray-500">
                  {a.contentType ?? "file"} · {a.size < 1024 ? `${a.size} B` : `${(a.size / 1024).toFixed(1)} KB`}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
