import { Resend } from "resend";
import { db } from "@/lib/db/client";
import { env } from "@/lib/env";

type Attachment = { filename: string; content: string; contentType?: string };
type Message = { id: string; to: string; subject: string; html: string; text?: string | null; attachments?: Attachment[] | null };

/** One email to Resend, keyed by its outbox id so a retried send is never delivered twice. */
async function sendThroughResend(apiKey: string, message: Message): Promise<{ providerId: string } | { error: string }> {
  const { data, error } = await new Resend(apiKey).emails.send(
    {
      from: env().EMAIL_FROM,
      to: message.to,
      subject: message.subject,
      html: message.html,
      text: message.text ?? undefined,
      attachments: message.attachments?.map((a) => ({ filename: a.filename, content: a.content, contentType: a.contentType })),
    },
    { idempotencyKey: `email-${message.id}` },
  );
  return data ? { providerId: data.id } : { error: error?.message ?? "No answer from Resend" };
}

async function recordResult(id: string, result: { providerId: string } | { error: string }) {
  if ("error" in result) await db.emailOutbox.update({ where: { id }, data: { status: "FAILED", error: result.error } });
  else await db.emailOutbox.update({ where: { id }, data: { status: "SENT", providerId: result.providerId, sentAt: new Date(), error: null } });
}

/** Job handler: hands one outbox email to Resend; a refusal throws so pg-boss retries. */
export async function deliverEmail({ emailId }: { emailId: string }): Promise<void> {
  const email = await db.emailOutbox.findUnique({ where: { id: emailId } });
  if (!email || email.status === "SENT") return;
  const apiKey = env().RESEND_API_KEY;
  if (!apiKey) return; // stays in the outbox
  const result = await sendThroughResend(apiKey, { ...email, attachments: email.attachments as Attachment[] | null });
  await recordResult(email.id, result);
  if ("error" in result) throw new Error(`Resend refused email ${email.id}: ${result.error}`);
}

/**
 * Sends at once, for messages that carry a secret (a sign-in link): the outbox keeps a copy with
 * each secret replaced, so the stored row can never be used to sign in.
 */
export async function sendSecretEmailNow(input: { orgId: string | null; to: string; subject: string; html: string; text: string; secrets: string[] }) {
  const redact = (s: string) => input.secrets.reduce((out, secret) => out.split(secret).join("[link removed]"), s);
  const row = await db.emailOutbox.create({
    data: { orgId: input.orgId, to: input.to, subject: input.subject, html: redact(input.html), text: redact(input.text) },
    select: { id: true },
  });
  const apiKey = env().RESEND_API_KEY;
  if (!apiKey) return row;
  const result = await sendThroughResend(apiKey, { id: row.id, to: input.to, subject: input.subject, html: input.html, text: input.text });
  await recordResult(row.id, result);
  if ("error" in result) throw new Error(`Resend refused the sign-in email: ${result.error}`);
  return row;
}

/**
 * An account email with a single-use link (verify the address, reset the password). With Resend
 * it is sent at once and the outbox keeps a redacted copy; without Resend the outbox is the only
 * way it reaches anyone, so it keeps the link, shown only to the recipient (see getEmail).
 */
export async function sendAccountEmail(input: { orgId: string | null; to: string; subject: string; html: string; text: string; secrets: string[] }) {
  if (env().RESEND_API_KEY) return sendSecretEmailNow(input);
  return db.emailOutbox.create({ data: { orgId: input.orgId, to: input.to, subject: input.subject, html: input.html, text: input.text }, select: { id: true } });
}
