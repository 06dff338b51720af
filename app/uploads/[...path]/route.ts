import { readFile } from "node:fs/promises";
import { resolveUploadPath } from "@/lib/uploads/upload-paths";

// GET /uploads/<orgId>/<file>: uploaded images (event covers, lineup photos). Names are random
// and never reused, so browsers and CDNs may keep them forever.
export async function GET(_req: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const resolved = resolveUploadPath((await params).path ?? []);
  if (!resolved) return new Response("Not found", { status: 404 });
  try {
    const body = await readFile(resolved.file);
    return new Response(body, {
      headers: { "Content-Type": resolved.contentType, "Content-Length": String(body.length), "Cache-Control": "public, max-age=31536000, immutable", "X-Content-Type-Options": "nosniff" },
    });
  } catch {
    return new Response("Not found", { status: 404 });
  }
}
