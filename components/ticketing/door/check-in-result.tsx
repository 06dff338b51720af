"use client";
import clsx from "clsx";
import type { CheckInView } from "@/lib/ticketing/client";

const looks = {
  CHECKED_IN: { title: "Checked in", tone: "bg-green-600 text-white", mark: "✓" },
  ALREADY_CHECKED_IN: { title: "Already checked in", tone: "bg-amber-400 text-amber-950", mark: "!" },
  VOID: { title: "Void ticket", tone: "bg-red-600 text-white", mark: "✕" },
  WRONG_EVENT: { title: "Wrong event", tone: "bg-red-600 text-white", mark: "✕" },
  UNKNOWN_CODE: { title: "Unknown code", tone: "bg-red-600 text-white", mark: "?" },
} as const;

function detail(r: CheckInView, timeZone: string): string {
  const at = r.checkedInAt ? new Intl.DateTimeFormat("en-US", { timeStyle: "short", dateStyle: "medium", timeZone }).format(new Date(r.checkedInAt)) : "";
  switch (r.outcome) {
    case "CHECKED_IN":
      return "Let them in.";
    case "ALREADY_CHECKED_IN":
      return `Checked in at ${at}${r.checkedInByName ? ` by ${r.checkedInByName}` : ""}.`;
    case "VOID":
      return "This ticket was canceled or refunded. Do not let them in.";
    case "WRONG_EVENT":
      return `This ticket is for ${r.eventTitle ?? "another event"}.`;
    case "UNKNOWN_CODE":
      return "No ticket has this code. Check the code, or send them to the box office.";
  }
}

/** The answer for one scan, big and in colour so it reads from arm's length in a dark doorway. */
export function CheckInResult({ result, timeZone, undo, large = false }: { result: CheckInView; timeZone: string; undo?: React.ReactNode; large?: boolean }) {
  const look = looks[result.outcome];
  return (
    <section role="status" aria-live="assertive" data-outcome={result.outcome} className={clsx("rounded-xl shadow-md", large ? "p-6 sm:p-8" : "p-5 sm:p-6", look.tone)}>
      <div className="flex items-start gap-4">
        <span aria-hidden className={clsx("grid shrink-0 place-items-center rounded-full bg-white/25 font-bold", large ? "h-20 w-20 text-5xl" : "h-14 w-14 text-3xl")}>
          {look.mark}
        </span>
        <div className="min-w-0 flex-1">
          <h2 className={clsx("font-bold leading-tight", large ? "text-4xl sm:text-5xl" : "text-3xl sm:text-4xl")}>{look.title}</h2>
          {result.attendeeName && (
            <p className="mt-1 truncate text-xl font-semibold">
              {result.attendeeName}
              {result.ticketTypeName && <span className="font-normal opacity-90"> · {result.ticketTypeName}</span>}
            </p>
          )}
          <p className="mt-1 text-base">{detail(result, timeZone)}</p>
          <p className="mt-2 break-all font-mono text-xs opacity-80">{result.code}</p>
        </div>
      </div>
      {undo && <div className="mt-4">{undo}</div>}
    </section>
  );
}
