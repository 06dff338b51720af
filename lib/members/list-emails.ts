// With members: who may see which link in a copy depends on their membership (invitations) and identity (account links).
import { orgDb } from "@/lib/db/org-db";
import { pageOf } from "@/lib/shared/pagination";
import { redactUserTokenLinks } from "@/lib/auth/user-token";
import { redactInvitationLinks } from "@/lib/members/invitation-token";

export const EMAILS_PAGE_SIZE = 25;

/** The org's outbox, newest first, one page at a time (page clamped to what exists). */
export async function listEmails({ orgId, page = 1, pageSize = EMAILS_PAGE_SIZE }: { orgId: string; page?: number; pageSize?: number }) {
  const total = await orgDb(orgId).emailOutbox.count();
  const { page: current, pageCount, skip, take } = pageOf(total, page, pageSize);
  const emails = await orgDb(orgId).emailOutbox.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip,
    take,
    select: { id: true, to: true, subject: true, status: true, error: true, createdAt: true, sentAt: true },
  });
  return { emails, total, page: current, pageCount };
}

type StoredAttachment = { filename?: unknown; content?: unknown; contentType?: unknown };

/**
 * One email of this org, or null (another org's id is simply not found). Attachments come back
 * as name, type and size only. `hideInvitationLinks` blanks invitation tokens for viewers who
 * could otherwise use a link meant for someone else; confirmation and password-reset links are
 * shown only to their recipient (`viewerEmail`), never to fellow members.
 */
export async function getEmail({ orgId, emailId, hideInvitationLinks = false, viewerEmail }: { orgId: string; emailId: string; hideInvitationLinks?: boolean; viewerEmail?: string }) {
  if (typeof emailId !== "string" || emailId.length === 0 || emailId.length > 64) return null;
  const email = await orgDb(orgId).emailOutbox.findFirst({
    where: { id: emailId },
    select: { id: true, to: true, subject: true, html: true, text: true, attachments: true, status: true, error: true, providerId: true, createdAt: true, sentAt: true },
  });
  if (!email) return null;
  const recipient = viewerEmail !== undefined && viewerEmail.toLowerCase() === email.to.toLowerCase();
  const hide = (s: string) => {
    const out = hideInvitationLinks ? redactInvitationLinks(s) : s;
    return recipient ? out : redactUserTokenLinks(out);
  };
  const attachments = (Array.isArray(email.attachments) ? (email.attachments as StoredAttachment[]) : []).map((a) => ({
    filename: typeof a.filename === "string" ? a.filename : "attachment",
    contentType: typeof a.contentType === "string" ? a.contentType : null,
    size: typeof a.content === "string" ? Math.floor((a.content.replace(/=+$/, "").length * 3) / 4) : 0,
  }));
  return { ...email, html: hide(email.html), text: email.text === null ? null : hide(email.text), attachments };
}
