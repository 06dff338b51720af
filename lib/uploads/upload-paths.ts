import path from "node:path";
import { env } from "@/lib/env";

// Where uploaded files live (<data folder>/uploads/<orgId>/<name>) and how a URL path maps back
// to a file: only names this app writes are accepted, so "..", odd characters or another
// folder never reach the file system.
export const IMAGE_TYPES = { jpg: "image/jpeg", png: "image/png", webp: "image/webp" } as const;
export type ImageExtension = keyof typeof IMAGE_TYPES;

const SEGMENT = /^[A-Za-z0-9_-]{1,64}$/;
const FILE_NAME = /^([A-Za-z0-9_-]{1,64})\.(jpg|png|webp)$/;

export function uploadsRoot(): string {
  return path.resolve(env().FRONTDESK_DATA_DIR, "uploads");
}

/** ["<orgId>", "<id>.webp"] -> the absolute file and its content type, or null for anything else. */
export function resolveUploadPath(segments: string[]): { file: string; contentType: string } | null {
  if (segments.length !== 2 || !SEGMENT.test(segments[0])) return null;
  const match = FILE_NAME.exec(segments[1]);
  if (!match) return null;
  const root = uploadsRoot();
  const file = path.resolve(root, segments[0], segments[1]);
  if (!file.startsWith(root + path.sep)) return null;
  return { file, contentType: IMAGE_TYPES[match[2] as ImageExtension] };
}

/** The public URL of a stored upload path ("<orgId>/<id>.webp"). */
export function uploadUrl(storedPath: string): string {
  return `/uploads/${storedPath}`;
}
