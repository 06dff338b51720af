import { ConfirmActionForm, type FormAction } from "@/components/booking/confirm-action-form";
import { Badge, Card } from "@/components/ui/card";
import { getBotWebhookHealth } from "@/lib/bots";
import { formatDateTime } from "@/lib/format";

type Props<T> = { orgId: string; org: string; botId: string; timezone: string; canManage: boolean; setAction: FormAction<T>; removeAction: FormAction<T> };

/** Webhook health from Telegram's getWebhookInfo: where updates go, how many wait, the last error. */
export async function WebhookHealthCard<T>({ orgId, org, botId, timezone, canManage, setAction, removeAction }: Props<T>) {
  const health = await getBotWebhookHealth({ orgId, botId });
  const fields = { org, botId };
  return (
    <Card>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 className="text-base font-semibold text-gray-900">Webhook</h2>
          {"unavailable" in health ? (
            <p className="mt-1 text-sm text-amber-700">{health.unavailable}</p>
          ) : (
            <dl className="mt-2 space-y-1 text-sm">
              <div className="flex flex-wrap items-center gap-2">
                <dt className="text-gray-500">Status</dt>
                <dd>{!health.url ? <Badge tone="amber">Not set</Badge> : health.pointsHere ? <Badge tone="green">Points here</Badge> : <Badge tone="red">Points elsewhere</Badge>}</dd>
              </div>
              {health.url && <dd className="break-all text-xs text-gray-500">{health.url}</dd>}
              <div className="flex gap-2">
                <dt className="text-gray-500">Pending updates</dt>
                <dd className="tabular-nums">{health.pendingUpdates}</dd>
              </div>
              {health.lastError && (
                <div className="text-red-700">
                  <dt className="inline text-gray-500">Last error </dt>
                  <dd className="inline">
                    {health.lastError}
                    {health.lastErrorAt && ` (${formatDateTime(health.lastErrorAt, timezone, { zone: true })})`}
                  </dd>
                </div>
              )}
            </dl>
          )}
        </div>
        {canManage && !("unavailable" in health && /demo|disconnected/i.test(health.unavailable)) && (
          <div className="flex flex-wrap gap-2">
            <ConfirmActionForm action={setAction} fields={fields} confirmText="Set the webhook again? Telegram will send this bot's messages to this app." label="Re-set webhook" variant="secondary" />
            <ConfirmActionForm action={removeAction} fields={fields} confirmText="Remove the webhook? The bot stops answering until you set it again." label="Remove webhook" />
          </div>
        )}
      </div>
    </Card>
  );
}
