import { db, type Prisma } from "@/lib/db/client";
import { sendJob } from "@/lib/jobs/boss";
import { deliverEmailJob } from "@/lib/email/jobs";
import { env } from "@/lib/env";

export type EmailAttachment = { filename: string; content: string /* base64 */; contentType?: string };
export type EmailInput = { orgId: string | null; to: string; subject: string; html: string; text?: string; attachments?: EmailAttachment[] };

/**
 * Writes the outbox row only, with `client` (a transaction, so the email commits or rolls back
 * with the change it reports). Call queueEmailDelivery with its id after the commit.
 */
export async function recordEmail(input: EmailInput, client: Prisma.TransactionClient = db): Promise<{ id: string }> {
  return client.emailOutbox.create({
    data: { orgId: input.orgId, to: input.to, subject: input.subject, html: input.html, text: input.text, attachments: input.attachments ?? undefined },
    select: { id: true },
  });
}

export async function queueEmailDelivery(emailId: string): Promise<void> {
  if (env().RESEND_API_KEY) await sendJob(deliverEmailJob, { emailId }, { singletonKey: emailId });
}

/**
 * Records the email in the outbox and queues its delivery. The outbox row is the source of truth:
 * without Resend it simply stays there, visible under Settings -> Emails.
 */
export async function sendEmail(input: EmailInput): Promise<{ id: string }> {
  const email = await recordEmail(input);
  await queueEmailDelivery(email.id);
  return email;
}
