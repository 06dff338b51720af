import { ApiKeyForm } from "@/components/settings/api-key-form";
import { Badge, Card, EmptyState } from "@/components/ui/card";
import { DeleteForm } from "@/components/ui/delete-form";
import { DoneNotice } from "@/components/ui/form-message";
import { HeadWithActions, TableCard } from "@/components/ui/table-card";
import { listApiKeys, type ApiKeyRow } from "@/lib/api";
import { formatDate, formatDateTime } from "@/lib/format";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";
import { revokeApiKeyAction } from "./actions";

export const metadata = { title: "API keys" };

const td = "px-4 py-3 align-top";

function keyState(key: ApiKeyRow, now: Date): { label: string; tone: "green" | "amber" | "gray" } {
  if (key.revokedAt) return { label: "revoked", tone: "gray" };
  if (key.expiresAt && key.expiresAt <= now) return { label: "expired", tone: "amber" };
  return { label: "active", tone: "green" };
}

// /[org]/settings/api: API keys for the REST API (/api/v1). Owners and admins create and revoke.
export default async function ApiSettingsPage({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<{ revoked?: string }> }) {
  const ctx = await requireOrgPage((await params).org);
  const { revoked } = await searchParams;
  const canManage = ctx.role === "OWNER" || ctx.role === "ADMIN";
  if (!canManage) return <p className="rounded-md bg-gray-50 px-4 py-3 text-sm text-gray-700">Only owners and admins can see and manage API keys.</p>;
  const keys = await listApiKeys({ orgId: ctx.orgId });
  const now = new Date();
  return (
    <div className="space-y-6">
      {revoked === "1" && <DoneNotice>Key revoked: calls with it are refused.</DoneNotice>}
      <Card>
        <h2 className="text-base font-semibold text-gray-900">Create an API key</h2>
        <p className="mb-4 mt-1 text-sm text-gray-600">
          Connect your website, CRM or automations to Frontdesk&apos;s REST API at <code className="rounded bg-gray-100 px-1">/api/v1</code>: send the key as <code className="rounded bg-gray-100 px-1">Authorization: Bearer fd_live_…</code>. Every
          call is recorded with its key.
        </p>
        <ApiKeyForm slug={ctx.slug} />
      </Card>
      {keys.length === 0 ? (
        <EmptyState title="No API keys yet" description="Create one above for each system that talks to Frontdesk, so you can revoke one without breaking the others." />
      ) : (
        <TableCard title={`API keys (${keys.length})`}>
          <table className="w-full min-w-[48rem] text-sm">
            <HeadWithActions labels={["Name", "Key", "Permissions", "Created", "Last used", "Expires"]} />
            <tbody className="divide-y divide-gray-100">
              {keys.map((key) => {
                const state = keyState(key, now);
                return (
                  <tr key={key.id} className={state.label === "active" ? "" : "text-gray-500"}>
                    <td className={`${td} font-medium text-gray-900`}>
                      {key.name} <Badge tone={state.tone}>{state.label}</Badge>
                    </td>
                    <td className={`${td} whitespace-nowrap font-mono text-xs`}>{key.prefix}…</td>
                    <td className={`${td} text-xs`}>{key.scopes.join(", ")}</td>
                    <td className={`${td} whitespace-nowrap`}>{formatDate(key.createdAt, ctx.timezone)}</td>
                    <td className={`${td} whitespace-nowrap`}>{key.lastUsedAt ? formatDateTime(key.lastUsedAt, ctx.timezone) : "Never"}</td>
                    <td className={`${td} whitespace-nowrap`}>{key.expiresAt ? formatDate(key.expiresAt, ctx.timezone) : "Never"}</td>
                    <td className={`${td} text-right`}>
                      {!key.revokedAt && <DeleteForm fields={{ org: ctx.slug, keyId: key.id }} action={revokeApiKeyAction} label="Revoke" confirmText={`Revoke "${key.name}"? Systems using it stop working at once.`} />}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableCard>
      )}
    </div>
  );
}
