import { describe, expect, it } from "vitest";
import { escapeHtml, sanitizeTelegramHtml } from "./format-telegram-html";

describe("escapeHtml", () => {
  it("escapes the characters Telegram HTML cares about", () => {
    expect(escapeHtml(`<script>alert("x") & co</script>`)).toBe("&lt;script&gt;alert(&quot;x&quot;) &amp; co&lt;/script&gt;");
  });
});

describe("sanitizeTelegramHtml", () => {
  it("keeps allowed tags and entities", () => {
    expect(sanitizeTelegramHtml("<b>Hi</b> <i>there</i> &amp; <code>x</code> &#128075;")).toBe("<b>Hi</b> <i>there</i> &amp; <code>x</code> &#128075;");
    expect(sanitizeTelegramHtml('<a href="https://example.com/?a=1">link</a>')).toBe('<a href="https://example.com/?a=1">link</a>');
  });

  it("escapes unknown tags, stray brackets and ampersands", () => {
    expect(sanitizeTelegramHtml("<div>1 < 2 && 3 > 2</div>")).toBe("&lt;div&gt;1 &lt; 2 &amp;&amp; 3 &gt; 2&lt;/div&gt;");
    expect(sanitizeTelegramHtml('<b class="x">bold</b>')).toBe('&lt;b class="x"&gt;bold');
    expect(sanitizeTelegramHtml('<a href="javascript:alert(1)">x</a>')).toBe('&lt;a href="javascript:alert(1)"&gt;x');
  });

  it("balances tags: closes what is left open, drops closers without an opener", () => {
    expect(sanitizeTelegramHtml("<b>bold <i>both</b> plain")).toBe("<b>bold <i>both</i></b> plain");
    expect(sanitizeTelegramHtml("<b>never closed")).toBe("<b>never closed</b>");
    expect(sanitizeTelegramHtml("stray</i> close")).toBe("stray close");
  });
});
