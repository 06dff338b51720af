import { createElement, type ReactNode } from "react";
import { sanitizeTelegramHtml } from "@/lib/bots/client";

// A message in Telegram's HTML subset (b, i, u, s, a, code, pre, tg-spoiler, blockquote) shown as
// Telegram shows it. The text goes through the same sanitizer as what is sent, then becomes React
// elements: no innerHTML, so nothing in it can run or style the page; every other tag shows as text.

const tagFor: Record<string, string> = { b: "b", strong: "strong", i: "i", em: "em", u: "u", ins: "u", s: "s", strike: "s", del: "s", code: "code", pre: "pre", blockquote: "blockquote", "tg-spoiler": "span", a: "a" };
const classFor: Record<string, string | undefined> = {
  code: "rounded bg-black/5 px-1 font-mono text-[0.9em]",
  pre: "my-1 overflow-x-auto whitespace-pre rounded bg-black/5 p-2 font-mono text-[0.9em]",
  blockquote: "my-1 border-l-2 border-brand-500 pl-2",
  "tg-spoiler": "rounded bg-gray-300 text-transparent transition-colors hover:bg-transparent hover:text-inherit",
  a: "text-brand-700 underline",
};

function decode(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|#\d{1,7}|#x[0-9a-fA-F]{1,6});/g, (_, e: string) => {
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "amp") return "&";
    if (e === "quot") return '"';
    const code = e[1] === "x" ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
  });
}

type Node = { tag: string; href?: string; children: (Node | string)[] };

/** The sanitized HTML as a tree (the sanitizer leaves only balanced allowed tags, entities and text). */
export function parseTelegramHtml(html: string): (Node | string)[] {
  const root: Node = { tag: "", children: [] };
  const stack = [root];
  for (const m of sanitizeTelegramHtml(html).matchAll(/<(\/?)([a-z-]+)(?: href="([^"]*)")?>|([^<]+)/g)) {
    const top = stack[stack.length - 1];
    if (m[4] !== undefined) top.children.push(decode(m[4]));
    else if (m[1] && stack.length > 1) stack.pop();
    else {
      const node: Node = { tag: m[2], ...(m[3] !== undefined ? { href: decode(m[3]) } : {}), children: [] };
      top.children.push(node);
      stack.push(node);
    }
  }
  return root.children;
}

function render(nodes: (Node | string)[], key = ""): ReactNode[] {
  return nodes.map((n, i) => {
    if (typeof n === "string") return n;
    const element = tagFor[n.tag] ?? "span";
    const props: Record<string, unknown> = { key: `${key}${i}`, className: classFor[n.tag] };
    if (n.tag === "tg-spoiler") props.title = "Spoiler: hover to see";
    if (n.tag === "a") Object.assign(props, { href: n.href, target: "_blank", rel: "noopener noreferrer nofollow" });
    return createElement(element, props, ...render(n.children, `${key}${i}.`));
  });
}

export function TelegramHtml({ html, className }: { html: string; className?: string }) {
  return <span className={className}>{render(parseTelegramHtml(html))}</span>;
}
