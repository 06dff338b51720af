"use client";
import { QueryClient, QueryClientProvider, useQueryClient } from "@tanstack/react-query";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { ActionState } from "@/lib/safe-action";
import type { CheckInView } from "@/lib/ticketing/client";
import { CheckInCounts, doorStatusKey, RecentCheckIns, type DoorStatus } from "./check-in-counts";
import { CheckInResult } from "./check-in-result";
import { playDoorSound } from "./door-sound";
import { QrScanner } from "./qr-scanner";

// Any orgAction: called here directly (not through a form), with the previous state unused.
type Action = (state: never, formData: FormData) => Promise<ActionState<unknown>>;
type Props = {
  org: string;
  eventId: string;
  timeZone: string;
  countsUrl: string;
  initialCounts: DoorStatus;
  canUndo: boolean;
  checkIn: Action;
  undo: Action;
  /** Door mode (full screen): scanner first and large, the answer above it, wide on a tablet. */
  door?: boolean;
};

/** The door screen: camera or typed code in, a loud answer out, live counts. */
export function CheckInConsole(props: Props) {
  const [client] = useState(() => new QueryClient());
  return (
    <QueryClientProvider client={client}>
      <Console {...props} />
    </QueryClientProvider>
  );
}

function Console({ org, eventId, timeZone, countsUrl, initialCounts, canUndo, checkIn, undo, door = false }: Props) {
  const queries = useQueryClient();
  const [typed, setTyped] = useState("");
  const [result, setResult] = useState<CheckInView | null>(null);
  const [error, setError] = useState<{ message: string; field?: string } | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const send = (action: Action, code: string) => {
    const data = new FormData();
    data.set("org", org);
    data.set("eventId", eventId);
    data.set("code", code);
    return (action as (state: null, formData: FormData) => Promise<ActionState<unknown>>)(null, data);
  };

  function submit(code: string) {
    startTransition(async () => {
      setNote(null);
      const state = await send(checkIn, code);
      if (!state?.ok) {
        setResult(null);
        setError({ message: state?.message ?? "Something went wrong.", field: state?.fieldErrors?.code });
        return;
      }
      setError(null);
      const view = state.data as CheckInView;
      setResult(view);
      navigator.vibrate?.(view.outcome === "CHECKED_IN" ? 120 : [250, 100, 250]);
      playDoorSound(view.outcome === "CHECKED_IN");
      setTyped("");
      void queries.invalidateQueries({ queryKey: doorStatusKey(countsUrl) });
    });
  }

  function undoResult(code: string) {
    if (!window.confirm("Undo this check-in? The ticket becomes valid again and can be scanned anew.")) return;
    startTransition(async () => {
      const state = await send(undo, code);
      if (!state?.ok) return setError({ message: state?.message ?? "Something went wrong." });
      setResult(null);
      setNote(state.message ?? "Check-in undone.");
      void queries.invalidateQueries({ queryKey: doorStatusKey(countsUrl) });
    });
  }

  const undoButton = canUndo && result && (result.outcome === "CHECKED_IN" || result.outcome === "ALREADY_CHECKED_IN") && (
    <Button type="button" variant="secondary" disabled={pending} onClick={() => undoResult(result.code)}>
      Undo check-in
    </Button>
  );

  return (
    <div className={door ? "mx-auto max-w-2xl space-y-3" : "mx-auto max-w-xl space-y-4"}>
      {!door && <CheckInCounts url={countsUrl} initial={initialCounts} />}
      {result && <CheckInResult result={result} timeZone={timeZone} undo={undoButton} large={door} />}
      {note && (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800">
          {note}
        </p>
      )}
      {error && !error.field && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          {error.message}
        </p>
      )}
      <div className="space-y-4 rounded-lg border border-gray-200 bg-white p-4 shadow-sm">
        <QrScanner onCode={submit} large={door} />
        <form
          className="flex flex-col gap-2 sm:flex-row sm:items-end"
          onSubmit={(e) => {
            e.preventDefault();
            submit(typed);
          }}
        >
          <div className="flex-1">
            <Field label="Ticket code" name="code" error={error?.field}>
              <Input name="code" value={typed} onChange={(e) => setTyped(e.target.value)} error={error?.field} autoComplete="off" autoCapitalize="off" spellCheck={false} placeholder="Code or ticket link" className="text-base" maxLength={2000} />
            </Field>
          </div>
          <SubmitButton pending={pending} pendingText="Checking…" className={door ? "py-3 !text-base" : "py-2.5"}>
            Check in
          </SubmitButton>
        </form>
      </div>
      {door && <CheckInCounts url={countsUrl} initial={initialCounts} />}
      <RecentCheckIns url={countsUrl} initial={initialCounts} timeZone={timeZone} />
    </div>
  );
}
