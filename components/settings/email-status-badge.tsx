import { Badge } from "@/components/ui/card";
import type { EmailStatus } from "@/lib/db/generated/enums";

/** OUTBOX reads as "stored" without Resend and "queued" with it. */
export function EmailStatusBadge({ status, resendConfigured }: { status: EmailStatus; resendConfigured: boolean }) {
  return <span className="whitespace-nowrap">{badge(status, resendConfigured)}</span>;
}

function badge(status: EmailStatus, resendConfigured: boolean) {
  if (status === "SENT") return <Badge tone="green">Sent</Badge>;
  if (status === "FAILED") return <Badge tone="red">Failed</Badge>;
  return <Badge tone="amber">{resendConfigured ? "Queued" : "Stored (Resend not configured)"}</Badge>;
}

export function ResendNotice() {
  return (
    <div role="status" className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">
      Emails are stored here instead of being sent. Set RESEND_API_KEY to send them.
    </div>
  );
}
