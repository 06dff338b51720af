import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_IMAGE_BYTES, saveImageUpload } from "@/lib/uploads/save-image-upload";
import { GET } from "./route";

// Uploads: only real JPEG/PNG/WebP up to 5 MB are stored; the route serves exactly those files
// with their type and immutable caching, and refuses any other path.
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
const webp = new Uint8Array([0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50, 9]);
const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 7]);
const get = (segments: string[]) => GET(new Request("http://localhost/uploads/x"), { params: Promise.resolve({ path: segments }) });
const fieldError = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: { fieldErrors?: Record<string, string> }) => e.fieldErrors?.cover,
  );

let root: string;
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), "uploads-"));
  process.env.FRONTDESK_DATA_DIR = root;
});
afterAll(() => {
  delete process.env.FRONTDESK_DATA_DIR;
});

describe("image uploads", () => {
  it("stores each image type under the org with a random name and serves it with its content type", async () => {
    for (const [bytes, type, ext] of [
      [png, "image/png", "png"],
      [webp, "image/webp", "webp"],
      [jpeg, "image/jpeg", "jpg"],
    ] as const) {
      const stored = await saveImageUpload({ orgId: "org1", file: new File([bytes], "photo.gif", { type: "image/gif" }), field: "cover" });
      expect(stored).toMatch(new RegExp(`^org1/[0-9a-f-]{36}\\.${ext}$`));
      const res = await get(stored.split("/"));
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe(type);
      expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
      expect(new Uint8Array(await res.arrayBuffer())).toEqual(bytes);
    }
  });

  it("refuses files that are not images whatever their name, empty files and files over 5 MB", async () => {
    expect(await fieldError(saveImageUpload({ orgId: "org1", file: new File(["<svg onload=alert(1)>"], "x.png", { type: "image/png" }), field: "cover" }))).toBe("Use a JPEG, PNG or WebP image");
    expect(await fieldError(saveImageUpload({ orgId: "org1", file: new File([], "x.png"), field: "cover" }))).toBe("Choose an image file");
    const big = new Uint8Array(MAX_IMAGE_BYTES + 1);
    big.set(png);
    expect(await fieldError(saveImageUpload({ orgId: "org1", file: new File([big], "big.png"), field: "cover" }))).toBe("The image must be 5 MB or smaller");
  });

  it("answers 404 for traversal, other folders, other extensions and missing files", async () => {
    writeFileSync(path.join(root, "secret.png"), png);
    for (const segments of [["..", "secret.png"], ["org1", "..%2Fsecret.png"], ["org1", "../secret.png"], ["secret.png"], ["org1", "a", "b.png"], ["org1", "x.svg"], ["org1", "missing.png"], ["org 1", "x.png"], []]) {
      expect((await get(segments)).status, segments.join("/")).toBe(404);
    }
  });
});
