import { orgDb } from "@/lib/db/org-db";

// A MIME type we are willing to echo back; anything else downloads as plain bytes.
const mimeType = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,63}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,63}$/i;

/** Pure: a file name that is safe in a Content-Disposition header and on any disk. */
export function safeFilename(name: unknown): string {
  const cleaned = (typeof name === "string" ? name : "")
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f"\\/:*?<>|]+/g, "_")
    .replace(/^[.\s]+|[.\s]+$/g, "")
    .slice(0, 150);
  return cleaned || "attachment";
}

/** `attachment` with an ASCII fallback name and the exact name per RFC 6266 / 5987. */
export function attachmentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, "_").replace(/[%;,]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/** One attachment of one of this org's emails as bytes, or null (another org's email is simply not found). */
export async function getEmailAttachment({ orgId, emailId, index }: { orgId: string; emailId: string; index: number }) {
  if (!emailId || emailId.length > 64 || !Number.isInteger(index) || index < 0) return null;
  const email = await orgDb(orgId).emailOutbox.findFirst({ where: { id: emailId }, select: { attachments: true } });
  const list = Array.isArray(email?.attachments) ? (email.attachments as { filename?: unknown; content?: unknown; contentType?: unknown }[]) : [];
  const item = list[index];
  if (!item || typeof item.content !== "string") return null;
  const contentType = typeof item.contentType === "string" && mimeType.test(item.contentType) ? item.contentType.toLowerCase() : "application/octet-stream";
  return { filename: safeFilename(item.filename), contentType, bytes: Buffer.from(item.content, "base64") };
}
