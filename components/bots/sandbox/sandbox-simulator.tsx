"use client";
import { QueryClient, QueryClientProvider, useQuery } from "@tanstack/react-query";
import { startTransition, useActionState, useEffect, useRef, useState } from "react";
import { simulatorPressAction, simulatorSendAction } from "@/app/(dashboard)/[org]/bots/sandbox-actions";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/card";
import { sanitizeTelegramHtml } from "@/lib/bots/client";
import type { SimulatorMessage } from "@/lib/bots/client";
import { formatDateTime } from "@/lib/format";

// The sandbox simulator: a phone-sized Telegram chat with the sandbox bot as "Sandbox tester".
// What is typed or pressed goes to the server as a Telegram update and runs through the real
// queue and flow engine; the bot's recorded replies come back through the polled feed (delays and
// HTTP steps answer a little later, so it keeps polling).
type Feed = { messages: (Omit<SimulatorMessage, "createdAt"> & { createdAt: string })[]; handedOff: boolean };

export function SandboxSimulator(props: { org: string; botId: string; botName: string; timezone: string }) {
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: true, retry: 1 } } }));
  return (
    <QueryClientProvider client={client}>
      <Phone {...props} />
    </QueryClientProvider>
  );
}

function Phone({ org, botId, botName, timezone }: { org: string; botId: string; botName: string; timezone: string }) {
  const feed = useQuery<Feed>({
    queryKey: ["simulator", botId],
    queryFn: async () => {
      const res = await fetch(`/${org}/bots/${botId}/simulator/feed`, { cache: "no-store" });
      if (!res.ok) throw new Error("The simulator could not be refreshed.");
      return res.json();
    },
    refetchInterval: 3000,
    placeholderData: (previous) => previous,
  });
  const [sendState, send, sending] = useActionState(simulatorSendAction, null);
  const [pressState, press, pressing] = useActionState(simulatorPressAction, null);
  const [text, setText] = useState("");
  const end = useRef<HTMLDivElement>(null);
  const messages = feed.data?.messages ?? [];
  const lastId = messages.at(-1)?.id;
  const { refetch } = feed;
  useEffect(() => {
    end.current?.scrollIntoView({ block: "nearest" });
  }, [lastId]);
  useEffect(() => {
    if (sendState || pressState) void refetch();
  }, [sendState, pressState, refetch]);
  const busy = sending || pressing;
  const problem = [sendState, pressState].find((s) => s && !s.ok);
  const submit = (fields: Record<string, string>, action: typeof send) => {
    const data = new FormData();
    for (const [k, v] of Object.entries({ org, botId, ...fields })) data.set(k, v);
    startTransition(() => action(data));
  };
  const sendText = (value: string) => {
    if (!value.trim() || busy) return;
    submit({ text: value.trim() }, send);
    setText("");
  };

  return (
    <section aria-label="Sandbox simulator" className="mx-auto w-full max-w-sm rounded-[2rem] border-[10px] border-gray-900 bg-gray-900 shadow-lg">
      <div className="flex h-[34rem] flex-col overflow-hidden rounded-[1.4rem] bg-white">
        <header className="flex items-center gap-2 border-b border-gray-200 bg-gray-50 px-4 py-3">
          <span aria-hidden className="flex h-8 w-8 shrink-0 items-center justify-center rounded-full bg-brand-600 text-sm font-semibold text-white">
            {botName.slice(0, 1).toUpperCase()}
          </span>
          <div className="min-w-0 flex-1">
            <p className="truncate text-sm font-semibold text-gray-900">{botName}</p>
            <p className="text-xs text-gray-500">{busy ? "typing…" : "simulated Telegram chat"}</p>
          </div>
          <Badge tone="amber">Sandbox</Badge>
        </header>
        <div className="flex-1 space-y-2 overflow-y-auto bg-slate-100 p-3" aria-live="polite" aria-label="Simulator chat">
          {feed.isPending && <p className="text-center text-sm text-gray-500">Loading…</p>}
          {!feed.isPending && messages.length === 0 && (
            <div className="mt-10 space-y-3 text-center">
              <p className="text-sm text-gray-600">You are “Sandbox tester”. Press Start as a new Telegram user would.</p>
              <Button type="button" onClick={() => sendText("/start")} disabled={busy}>
                Start
              </Button>
            </div>
          )}
          {messages.map((m) =>
            m.direction === "IN" ? (
              <p key={m.id} className="ml-auto w-fit max-w-[85%] whitespace-pre-wrap break-words rounded-lg bg-brand-600 px-3 py-1.5 text-sm text-white">
                {m.text}
              </p>
            ) : (
              <div key={m.id} className="w-fit max-w-[85%] space-y-1" data-testid="simulator-bot-message">
                {/* eslint-disable-next-line @next/next/no-img-element */}
                {m.imageUrl && <img src={m.imageUrl} alt="" className="max-h-40 rounded-md" />}
                {m.text && <p className="whitespace-pre-wrap break-words rounded-lg bg-white px-3 py-1.5 text-sm text-gray-900 shadow-sm" dangerouslySetInnerHTML={{ __html: sanitizeTelegramHtml(m.text) }} />}
                {m.buttons.map((row, r) => (
                  <div key={r} className="flex gap-1">
                    {row.map((b, j) =>
                      "url" in b ? (
                        <a key={j} href={b.url} target="_blank" rel="noreferrer" className="flex-1 rounded-md border border-brand-200 bg-white px-3 py-1 text-center text-sm text-brand-700">
                          {b.text} ↗
                        </a>
                      ) : (
                        <button
                          key={j}
                          type="button"
                          disabled={busy}
                          onClick={() => submit({ messageId: m.id, data: b.data }, press)}
                          className="flex-1 rounded-md border border-brand-200 bg-white px-3 py-1 text-sm text-brand-700 hover:bg-brand-50 disabled:opacity-60"
                        >
                          {b.text}
                        </button>
                      ),
                    )}
                  </div>
                ))}
                <p className="text-[11px] text-gray-500">{formatDateTime(new Date(m.createdAt), timezone)}</p>
              </div>
            ),
          )}
          {feed.data?.handedOff && <p className="rounded-md bg-amber-50 px-3 py-1.5 text-xs text-amber-900">The flow handed this chat to a human: answer it in the Inbox.</p>}
          <div ref={end} />
        </div>
        {(problem || feed.isError) && (
          <p role="alert" className="bg-red-50 px-3 py-2 text-xs text-red-700">
            {problem && !problem.ok ? (problem.fieldErrors?.text ?? problem.message) : "The simulator could not be refreshed."}
          </p>
        )}
        <form
          className="flex gap-2 border-t border-gray-200 p-2"
          onSubmit={(e) => {
            e.preventDefault();
            sendText(text);
          }}
        >
          <input
            aria-label="Message to the sandbox bot"
            value={text}
            onChange={(e) => setText(e.target.value)}
            maxLength={4096}
            placeholder="Message, e.g. /start"
            className="min-w-0 flex-1 rounded-full border border-gray-300 px-3 py-1.5 text-sm focus:border-brand-500 focus:outline-none"
          />
          <Button type="submit" className="rounded-full px-3 py-1.5" disabled={busy}>
            Send
          </Button>
        </form>
      </div>
    </section>
  );
}
