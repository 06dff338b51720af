// POST /api/telegram/[botId]: check the secret header, record the update once, queue its processing, answer 200 fast.
import { receiveTelegramUpdate } from "@/lib/bots";

export const dynamic = "force-dynamic";

export async function POST(req: Request, { params }: { params: Promise<{ botId: string }> }): Promise<Response> {
  const { botId } = await params;
  const result = await receiveTelegramUpdate({ botId, secretHeader: req.headers.get("x-telegram-bot-api-secret-token"), readBody: () => req.text() });
  return Response.json(result.body, { status: result.status });
}
