import { ConfirmActionForm } from "@/components/booking/confirm-action-form";
import { ConnectBotForm } from "@/components/bots/connect-bot-form";
import { Card } from "@/components/ui/card";
import { connectSandboxBotAction, deleteSandboxBotAction } from "@/app/(dashboard)/[org]/bots/sandbox-actions";
import { SandboxSimulator } from "./sandbox-simulator";

// The sandbox bot's overview: the simulator beside what a sandbox is, connecting a real bot in its
// place (flows kept) and deleting it.
export function SandboxOverview({ org, botId, botName, timezone, canManage }: { org: string; botId: string; botName: string; timezone: string; canManage: boolean }) {
  return (
    <div className="grid gap-6 lg:grid-cols-[24rem_1fr] lg:items-start">
      <SandboxSimulator org={org} botId={botId} botName={botName} timezone={timezone} />
      <div className="space-y-6">
        <Card>
          <h2 className="mb-2 text-base font-semibold text-gray-900">Try your bot here</h2>
          <ul className="list-disc space-y-1 pl-5 text-sm text-gray-700">
            <li>Type in the phone or press its buttons: your published flows answer as they would in Telegram.</li>
            <li>Edit and publish flows under Flows; the conversation shows up in the Inbox, marked Sandbox, where you can also reply as a person.</li>
            <li>Nothing is sent to Telegram, and the simulated tester is not added to your customers or analytics.</li>
            <li>Broadcasts need a real bot. Drip messages are recorded here instead of sent.</li>
          </ul>
        </Card>
        {canManage ? (
          <>
            <Card>
              <h2 className="mb-1 text-base font-semibold text-gray-900">Connect a real bot</h2>
              <p className="mb-4 text-sm text-gray-600">
                This sandbox becomes your real Telegram bot: its flows and drips are kept, the sandbox conversation is removed. To keep the sandbox instead, connect a bot from the Bots page; it is added beside this one.
              </p>
              <ConnectBotForm org={org} action={connectSandboxBotAction} botId={botId} submitLabel="Connect and replace the sandbox" />
            </Card>
            <Card className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
              <div>
                <h2 className="text-base font-semibold text-gray-900">Delete the sandbox</h2>
                <p className="text-sm text-gray-600">Removes this sandbox bot with its flows and its simulated conversation.</p>
              </div>
              <ConfirmActionForm action={deleteSandboxBotAction} fields={{ org, botId }} confirmText="Delete the sandbox bot with its flows and simulated conversation? This cannot be undone." label="Delete sandbox" />
            </Card>
          </>
        ) : (
          <p className="text-sm text-gray-600">An owner or admin can connect a real bot in place of this sandbox, or delete it.</p>
        )}
      </div>
    </div>
  );
}
