import { checkHealth } from "@/lib/db/check-health";

export const dynamic = "force-dynamic";

// GET /api/health: liveness with a real database round trip (503 when Postgres is down)
export async function GET() {
  const health = await checkHealth();
  return Response.json(health, { status: health.status === "ok" ? 200 : 503, headers: { "cache-control": "no-store" } });
}
