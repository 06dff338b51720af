import { randomUUID } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { AppError } from "@/lib/errors";
import { uploadsRoot, type ImageExtension } from "./upload-paths";

// Stores an uploaded image under the data folder with a fresh random name. The type comes from
// the file's first bytes, not from its name or the browser's claim.
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

export function sniffImageType(bytes: Uint8Array): ImageExtension | null {
  const at = (i: number, ...xs: number[]) => xs.every((x, k) => bytes[i + k] === x);
  if (at(0, 0xff, 0xd8, 0xff)) return "jpg";
  if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return "png";
  if (at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50)) return "webp";
  return null;
}

/** Saves `file` for `orgId`; returns the stored path "<orgId>/<uuid>.<ext>". `field` names the form field for errors. */
export async function saveImageUpload({ orgId, file, field }: { orgId: string; file: File; field: string }): Promise<string> {
  if (file.size === 0) throw new AppError("BAD_INPUT", undefined, { [field]: "Choose an image file" });
  if (file.size > MAX_IMAGE_BYTES) throw new AppError("BAD_INPUT", undefined, { [field]: "The image must be 5 MB or smaller" });
  const bytes = new Uint8Array(await file.arrayBuffer());
  const ext = sniffImageType(bytes);
  if (!ext) throw new AppError("BAD_INPUT", undefined, { [field]: "Use a JPEG, PNG or WebP image" });
  const dir = path.join(uploadsRoot(), orgId);
  await mkdir(dir, { recursive: true });
  const name = `${randomUUID()}.${ext}`;
  await writeFile(path.join(dir, name), bytes);
  return `${orgId}/${name}`;
}
