import { createHash } from "node:crypto";

// An API key's secret: "fd_live_" + 32 random bytes (base64url); the database keeps its sha256
// (a high-entropy secret needs no slow hash).
export const API_KEY_PREFIX = "fd_live_";

export const hashApiKey = (secret: string) => createHash("sha256").update(secret).digest("hex");
