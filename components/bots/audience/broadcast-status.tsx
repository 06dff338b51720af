"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { changeBroadcastStatusAction } from "@/app/(dashboard)/[org]/bots/[botId]/broadcasts/actions";
import { Badge } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";
import type { BroadcastStatus } from "@/lib/db/generated/enums";

// A broadcast's status badge, its controls (each asks first when it cannot be undone), and a
// refresher that re-renders the page every 2 s while it is sending or scheduled: live progress.
const tones = { DRAFT: "gray", SCHEDULED: "brand", SENDING: "amber", PAUSED: "amber", DONE: "green", CANCELED: "red" } as const;
const labels: Record<BroadcastStatus, string> = { DRAFT: "Draft", SCHEDULED: "Scheduled", SENDING: "Sending", PAUSED: "Paused", DONE: "Sent", CANCELED: "Canceled" };

export function BroadcastStatusBadge({ status }: { status: BroadcastStatus }) {
  return <Badge tone={tones[status]}>{labels[status]}</Badge>;
}

export function LiveRefresh({ active, everyMs = 2000 }: { active: boolean; everyMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => router.refresh(), everyMs);
    return () => clearInterval(timer);
  }, [active, everyMs, router]);
  return null;
}

type Command = "pause" | "resume" | "cancel" | "sendNow";
// Only what each state allows: a draft is sent (or scheduled, edited, deleted: on its page), never canceled.
export const commandsFor: Record<BroadcastStatus, Command[]> = { DRAFT: ["sendNow"], SCHEDULED: ["sendNow", "cancel"], SENDING: ["pause", "cancel"], PAUSED: ["resume", "cancel"], DONE: [], CANCELED: [] };
const commandText: Record<Command, { label: string; pending: string; confirm?: string }> = {
  pause: { label: "Pause", pending: "Pausing…" },
  resume: { label: "Resume", pending: "Resuming…" },
  sendNow: { label: "Send now", pending: "Starting…", confirm: "Send this broadcast to its audience now?" },
  cancel: { label: "Cancel broadcast", pending: "Canceling…", confirm: "Cancel this broadcast? Recipients not reached yet will not get it. This cannot be undone." },
};

export function BroadcastControls({ org, botId, broadcastId, status }: { org: string; botId: string; broadcastId: string; status: BroadcastStatus }) {
  const [state, onSubmit, pending] = useFormAction(changeBroadcastStatusAction);
  const commands = commandsFor[status];
  if (commands.length === 0) return null;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {commands.map((command) => (
          <form key={command} onSubmit={(e) => (!commandText[command].confirm || window.confirm(commandText[command].confirm) ? onSubmit(e) : e.preventDefault())}>
            <input type="hidden" name="org" value={org} />
            <input type="hidden" name="botId" value={botId} />
            <input type="hidden" name="broadcastId" value={broadcastId} />
            <input type="hidden" name="command" value={command} />
            <SubmitButton pending={pending} pendingText={commandText[command].pending} variant={command === "cancel" ? "danger" : command === "pause" ? "secondary" : "primary"}>
              {commandText[command].label}
            </SubmitButton>
          </form>
        ))}
      </div>
      {state && !state.ok && <FormMessage state={state} />}
    </div>
  );
}
