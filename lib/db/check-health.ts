import { db } from "./client";

export async function checkHealth(): Promise<{ status: "ok" | "error"; db: "ok" | "down" }> {
  try {
    await Promise.race([db.$queryRaw`SELECT 1`, new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), 2000))]);
    return { status: "ok", db: "ok" };
  } catch {
    return { status: "error", db: "down" };
  }
}
