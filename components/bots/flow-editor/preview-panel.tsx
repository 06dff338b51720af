"use client";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { TelegramHtml } from "@/components/bots/telegram-html";
import { flowGraphSchema } from "@/lib/bots/client";
import { useEditor, useEditorEnv } from "./flow-editor-context";
import { toFlowGraph } from "./flow-editor-store";
import { pressEvent, previewVariables, sendToPreview, startPreview, type PreviewAction, type PreviewSession } from "./preview-session";

// Try the draft without Telegram: the same engine, in the browser, with a sandbox subscriber;
// the bot's other published flows run too (jumps, their triggers).
export function PreviewPanel() {
  const store = useEditor((s) => s);
  const { flowId, publishedFlows } = useEditorEnv();
  const [session, setSession] = useState<PreviewSession>(startPreview);
  const [text, setText] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const end = useRef<HTMLDivElement>(null);
  useEffect(() => {
    end.current?.scrollIntoView({ block: "nearest" });
  }, [session.entries.length]);

  const send = (input: string | PreviewAction) => {
    const parsed = flowGraphSchema.safeParse(toFlowGraph(store));
    if (!parsed.success) return setProblem("The draft has invalid fields; fix them (see Problems) to try it.");
    setProblem(null);
    setSession((s) => sendToPreview(s, [{ id: flowId, version: 0, graph: parsed.data }, ...publishedFlows], input));
  };
  const starters = [
    ...new Set(
      store.nodes.flatMap((n) =>
        n.type !== "trigger"
          ? []
          : n.data.trigger.kind === "start"
            ? ["/start"]
            : n.data.trigger.kind === "command" && n.data.trigger.command.trim()
              ? [`/${n.data.trigger.command.replace(/^\//, "")}`]
              : n.data.trigger.kind === "keyword" && n.data.trigger.keywords[0]?.trim()
                ? [n.data.trigger.keywords[0].trim()]
                : [],
      ),
    ),
  ];
  const variables = Object.entries(previewVariables(session));

  return (
    <div className="flex h-full min-h-0 flex-col">
      <div className="flex items-center justify-between gap-2 border-b border-gray-100 px-4 py-2">
        <p className="text-xs text-gray-500">Runs your draft here, as “Sam Preview”. HTTP requests are simulated.</p>
        <Button type="button" variant="secondary" className="px-2.5 py-1 text-xs" onClick={() => (setSession(startPreview()), setProblem(null))}>
          Reset
        </Button>
      </div>
      <div className="min-h-48 flex-1 space-y-2 overflow-y-auto bg-slate-50 p-3" aria-live="polite" aria-label="Preview chat">
        {session.entries.length === 0 && <p className="text-center text-sm text-gray-500">Send a message to start, e.g. {starters[0] ?? "/start"}.</p>}
        {session.entries.map((entry, i) =>
          entry.kind === "user" ? (
            <p key={i} className="ml-auto w-fit max-w-[85%] rounded-lg bg-brand-600 px-3 py-1.5 text-sm text-white">
              {entry.text}
            </p>
          ) : entry.kind === "bot" ? (
            <div key={i} className="w-fit max-w-[85%] space-y-1" data-testid="preview-bot-message">
              {/* eslint-disable-next-line @next/next/no-img-element */}
              {entry.imageUrl && <img src={entry.imageUrl} alt="" className="max-h-40 rounded-md" />}
              <p className="whitespace-pre-wrap rounded-lg bg-white px-3 py-1.5 text-sm text-gray-900 shadow-sm">
                <TelegramHtml html={entry.html} />
              </p>
              {entry.buttons?.flat().map((b, j) =>
                "url" in b ? (
                  <a key={j} href={b.url} target="_blank" rel="noreferrer" className="block rounded-md border border-brand-200 bg-white px-3 py-1 text-center text-sm text-brand-700">
                    {b.text} ↗
                  </a>
                ) : (
                  <button key={j} type="button" className="block w-full rounded-md border border-brand-200 bg-white px-3 py-1 text-sm text-brand-700 hover:bg-brand-50" onClick={() => send(pressEvent(session, b)!)}>
                    {b.text}
                  </button>
                ),
              )}
            </div>
          ) : (
            <div key={i} className={`rounded-md px-3 py-1.5 text-xs ${entry.tone === "warn" ? "bg-amber-50 text-amber-900" : "bg-gray-100 text-gray-700"}`}>
              {entry.text}
              {entry.actions?.map((a) => (
                <button key={a.label} type="button" className="ml-2 font-semibold text-brand-700 underline" onClick={() => send(a)}>
                  {a.label}
                </button>
              ))}
            </div>
          ),
        )}
        <div ref={end} />
      </div>
      {problem && (
        <p role="alert" className="bg-red-50 px-4 py-2 text-xs text-red-700">
          {problem}
        </p>
      )}
      <form
        className="flex gap-2 border-t border-gray-100 p-2"
        onSubmit={(e) => {
          e.preventDefault();
          if (text.trim()) {
            send(text.trim());
            setText("");
          }
        }}
      >
        <input
          aria-label="Message to the bot"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={`Type a message, e.g. ${starters[0] ?? "/start"}`}
          className="min-w-0 flex-1 rounded-md border border-gray-300 px-3 py-1.5 text-sm focus:border-brand-500 focus:outline-none"
        />
        <Button type="submit" className="px-3 py-1.5">
          Send
        </Button>
      </form>
      <details className="border-t border-gray-100 px-4 py-2 text-sm" open={variables.length > 0}>
        <summary className="cursor-pointer text-xs font-semibold uppercase tracking-wide text-gray-500">Variables and tags</summary>
        {variables.length === 0 && session.subscriber.tags.length === 0 ? (
          <p className="py-1 text-xs text-gray-500">None yet.</p>
        ) : (
          <dl className="grid grid-cols-[auto_1fr] gap-x-3 py-1 text-xs" aria-label="Preview variables">
            {variables.map(([k, v]) => (
              <div key={k} className="contents">
                <dt className="font-mono text-gray-600">{k}</dt>
                <dd className="break-all text-gray-900">{String(v)}</dd>
              </div>
            ))}
            {session.subscriber.tags.length > 0 && (
              <div className="contents">
                <dt className="text-gray-600">tags</dt>
                <dd>{session.subscriber.tags.join(", ")}</dd>
              </div>
            )}
          </dl>
        )}
      </details>
    </div>
  );
}
