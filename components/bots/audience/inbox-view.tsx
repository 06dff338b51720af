"use client";
import { QueryClient, QueryClientProvider, useQuery } from "@tanstack/react-query";
import clsx from "clsx";
import { useState } from "react";
import { Badge, EmptyState } from "@/components/ui/card";
import { subscriberDisplayName } from "@/lib/bots/client";
import { formatDateTime } from "@/lib/format";
import { InboxConversation, type OpenConversation } from "./inbox-conversation";

// The live inbox: the feed route is polled every 2.5 s (TanStack Query), so new messages, unread
// counts and hand-offs show up without a reload. On a phone the list and the open conversation
// take turns; from md up they sit side by side. A sandbox bot's chats are the simulator's,
// labelled "Sandbox" in the list and the open conversation.
type ConversationItem = { id: string; firstName: string; lastName: string | null; username: string | null; handedOff: boolean; unreadCount: number; lastMessageAt: string | null; lastMessageText: string | null };
export type InboxFeed = { conversations: { items: ConversationItem[] }; open: OpenConversation | null };

export function InboxView(props: { org: string; botId: string; timezone: string; initialOpenId: string | null; sandbox?: boolean }) {
  const [client] = useState(() => new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: true, retry: 1 } } }));
  return (
    <QueryClientProvider client={client}>
      <InboxPanes {...props} />
    </QueryClientProvider>
  );
}

function InboxPanes({ org, botId, timezone, initialOpenId, sandbox = false }: { org: string; botId: string; timezone: string; initialOpenId: string | null; sandbox?: boolean }) {
  const [openId, setOpenId] = useState(initialOpenId);
  const feedUrl = `/${org}/bots/${botId}/inbox/feed${openId ? `?c=${encodeURIComponent(openId)}` : ""}`;
  const feed = useQuery<InboxFeed>({
    queryKey: ["inbox", botId, openId],
    queryFn: async () => {
      const res = await fetch(feedUrl, { cache: "no-store" });
      if (!res.ok) throw new Error(res.status === 404 ? "This conversation was not found." : "The inbox could not be refreshed.");
      return res.json();
    },
    refetchInterval: 2500,
    placeholderData: (previous) => previous,
  });
  const open = (id: string | null) => {
    setOpenId(id);
    window.history.replaceState(null, "", `${window.location.pathname}${id ? `?c=${id}` : ""}`);
  };
  const items = feed.data?.conversations.items ?? [];
  if (feed.isPending)
    return (
      <p className="text-sm text-gray-500" role="status">
        Loading conversations…
      </p>
    );
  if (!feed.data && feed.isError)
    return (
      <p className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700" role="alert">
        {feed.error.message}
      </p>
    );
  if (items.length === 0 && !openId)
    return (
      <EmptyState
        title="No conversations yet"
        description={sandbox ? "Chat with the sandbox bot in the simulator on its Overview: the conversation shows up here, marked Sandbox." : "When someone writes to your bot, the conversation shows up here and updates live."}
      />
    );
  return (
    <div className="grid min-h-[32rem] overflow-hidden rounded-lg border border-gray-200 bg-white shadow-sm md:grid-cols-[20rem_1fr]">
      <ul aria-label="Conversations" className={clsx("max-h-[70vh] divide-y divide-gray-100 overflow-y-auto border-gray-200 md:border-r", openId && "hidden md:block")}>
        {items.map((c) => (
          <li key={c.id}>
            <button type="button" onClick={() => open(c.id)} aria-current={c.id === openId ? "true" : undefined} className={clsx("block w-full px-4 py-3 text-left hover:bg-gray-50", c.id === openId && "bg-brand-50")}>
              <span className="flex items-center gap-2">
                <span className={clsx("min-w-0 flex-1 truncate text-sm", c.unreadCount > 0 ? "font-semibold text-gray-900" : "text-gray-800")}>{subscriberDisplayName(c)}</span>
                {c.unreadCount > 0 && (
                  <span className="rounded-full bg-brand-600 px-2 text-xs font-semibold text-white" aria-label={`${c.unreadCount} unread`}>
                    {c.unreadCount}
                  </span>
                )}
              </span>
              <span className="mt-0.5 flex items-center gap-2">
                {sandbox && <Badge tone="amber">Sandbox</Badge>}
                {c.handedOff && <Badge tone="amber">Needs a human</Badge>}
                <span className="min-w-0 flex-1 truncate text-xs text-gray-500">{c.lastMessageText?.replace(/<[^>]*>/g, "")}</span>
              </span>
              {c.lastMessageAt && <span className="block text-xs text-gray-400">{formatDateTime(new Date(c.lastMessageAt), timezone)}</span>}
            </button>
          </li>
        ))}
      </ul>
      <div className={clsx("min-w-0", !openId && "hidden md:block")}>
        {openId && feed.data?.open ? (
          <InboxConversation org={org} botId={botId} timezone={timezone} conversation={feed.data.open} sandbox={sandbox} onBack={() => open(null)} onChanged={feed.refetch} /* stable across renders */ />
        ) : openId && feed.isError ? (
          <p className="m-4 rounded-md bg-red-50 px-3 py-2 text-sm text-red-700" role="alert">
            {feed.error.message}
          </p>
        ) : (
          <p className="p-8 text-center text-sm text-gray-500">Choose a conversation to read and reply.</p>
        )}
      </div>
    </div>
  );
}
