import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { TelegramHtml } from "./telegram-html";

const show = (html: string) => renderToStaticMarkup(createElement(TelegramHtml, { html }));

describe("TelegramHtml", () => {
  it("renders Telegram's tags as formatting, not as text", () => {
    expect(show("Hi <b>VIPs</b>, <i>soon</i> <u>u</u> <s>old</s> <code>x</code>")).toBe('<span>Hi <b>VIPs</b>, <i>soon</i> <u>u</u> <s>old</s> <code class="rounded bg-black/5 px-1 font-mono text-[0.9em]">x</code></span>');
    expect(show('<a href="https://shop.example/?a=1&amp;b=2">Shop</a>')).toContain('<a class="text-brand-700 underline" href="https://shop.example/?a=1&amp;b=2" target="_blank" rel="noopener noreferrer nofollow">Shop</a>');
    expect(show("<tg-spoiler>secret</tg-spoiler><blockquote>q</blockquote><pre>p</pre>")).toMatch(
      /^<span><span class="[^"]*text-transparent[^"]*" title="Spoiler: hover to see">secret<\/span><blockquote[^>]*>q<\/blockquote><pre[^>]*>p<\/pre><\/span>$/,
    );
  });

  it("never injects HTML: other tags, attributes and script links are text", () => {
    const out = show('<img src=x onerror="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)">x</a><b onclick="x">y</b> 1 &lt; 2 &amp; 3');
    expect(out).not.toMatch(/<img|<script|href="javascript|<b onclick| onerror="/);
    expect(out).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(out).toContain("&lt;script&gt;alert(2)&lt;/script&gt;");
    expect(out).toContain("1 &lt; 2 &amp; 3");
  });
});
