import { Badge } from "@/components/ui/card";

const tones = { VALID: ["green", "Valid"], CHECKED_IN: ["brand", "Checked in"], VOID: ["red", "Void"] } as const;

export function TicketStatusBadge({ status }: { status: keyof typeof tones }) {
  const [tone, label] = tones[status];
  return <Badge tone={tone}>{label}</Badge>;
}
