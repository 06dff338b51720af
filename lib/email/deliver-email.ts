import { Resend } from "resend";
import { db } from "@/lib/db/client";

/**
 * Job handler: hands one outbox email to Resend. The outbox id is the idempotency key, so a retry
 * after a crash between Resend's answer and our update never sends it twice.
 */
export async function deliverEmail({ emailId }: { emailId: string }): Promise<void> {
  const email = await db.emailOutbox.findUnique({ where: { id: emailId } });
  if (!email || email.status === "SENT") return;
  const apiKey = process.env.RESEND_API_KEY;
  if (!apiKey) return; // stays in the outbox
  const resend = new Resend(apiKey);
  const attachments = (email.attachments as { filename: string; content: string; contentType?: string }[] | null) ?? undefined;
  const { data, error } = await resend.emails.send(
    {
      from: process.env.EMAIL_FROM || "Frontdesk <hello@frontdesk.local>",
      to: email.to,
      subject: email.subject,
      html: email.html,
      text: email.text ?? undefined,
      attachments: attachments?.map((a) => ({ filename: a.filename, content: a.content, contentType: a.contentType })),
    },
    { idempotencyKey: `email-${email.id}` },
  );
  if (error || !data) {
    await db.emailOutbox.update({ where: { id: email.id }, data: { status: "FAILED", error: error?.message ?? "No answer from Resend" } });
    throw new Error(`Resend refused email ${email.id}: ${error?.message}`); // pg-boss retries
  }
  await db.emailOutbox.update({ where: { id: email.id }, data: { status: "SENT", providerId: data.id, sentAt: new Date(), error: null } });
}
