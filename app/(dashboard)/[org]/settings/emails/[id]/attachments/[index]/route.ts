import { AppError } from "@/lib/errors";
import { attachmentDisposition, getEmailAttachment } from "@/lib/email/get-email-attachment";
import { withOrg } from "@/lib/with-org";

export const dynamic = "force-dynamic";

// GET /[org]/settings/emails/[id]/attachments/[index]: one outbox attachment as a download
// (never shown inline, never sniffed as something else); another org's email is a 404.
export const GET = withOrg({}, async ({ ctx, params }) => {
  const index = /^\d{1,3}$/.test(params.index) ? Number(params.index) : -1;
  const file = await getEmailAttachment({ orgId: ctx.orgId, emailId: decodeURIComponent(params.id), index });
  if (!file) throw new AppError("NOT_FOUND", "No such attachment.");
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "content-type": file.contentType,
      "content-disposition": attachmentDisposition(file.filename),
      "content-length": String(file.bytes.length),
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
});
