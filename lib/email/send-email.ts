import { db } from "@/lib/db/client";
import { enqueue, queues } from "@/lib/jobs/boss";

export type EmailAttachment = { filename: string; content: string /* base64 */; contentType?: string };
export type EmailInput = { orgId: string | null; to: string; subject: string; html: string; text?: string; attachments?: EmailAttachment[] };

/**
 * Records the email in the outbox and queues its delivery. The outbox row is the source of truth:
 * without Resend it simply stays there, visible under Settings -> Emails.
 */
export async function sendEmail(input: EmailInput): Promise<{ id: string }> {
  const email = await db.emailOutbox.create({
    data: { orgId: input.orgId, to: input.to, subject: input.subject, html: input.html, text: input.text, attachments: input.attachments ?? undefined },
    select: { id: true },
  });
  if (process.env.RESEND_API_KEY) await enqueue(queues.sendEmail, { emailId: email.id }, { singletonKey: email.id });
  return email;
}
