// Telegram's HTML parse mode accepts a few tags and four entities; anything else makes the whole
// message fail. Authors write text with those tags; variable values are escaped before they are
// put in; this keeps the allowed markup, escapes every other "<", ">" and "&", and balances tags
// so that a typo in the editor never costs a message.

const SIMPLE_TAGS = new Set(["b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "code", "pre", "tg-spoiler", "blockquote"]);
const ENTITY = /^&(?:lt|gt|amp|quot|#\d{1,7}|#x[0-9a-fA-F]{1,6});/;
const TAG = /^<(\/?)([a-z-]+)((?:\s+href="[^"<>]*")?)\s*>/i;

/** Escapes a value for Telegram HTML (text and attribute values alike). */
export function escapeHtml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Keeps Telegram's allowed tags (b, i, u, s, code, pre, a href, tg-spoiler, blockquote) balanced; escapes the rest. */
export function sanitizeTelegramHtml(html: string): string {
  let out = "";
  const open: string[] = [];
  let i = 0;
  while (i < html.length) {
    const ch = html[i];
    const rest = html.slice(i);
    if (ch === "&") {
      const entity = ENTITY.exec(rest);
      out += entity ? entity[0] : "&amp;";
      i += entity ? entity[0].length : 1;
      continue;
    }
    if (ch === "<") {
      const tag = TAG.exec(rest);
      const name = tag?.[2].toLowerCase();
      const closing = tag?.[1] === "/";
      const isLink = name === "a" && (closing || /^\s+href="(https?:|tg:)/i.test(tag?.[3] ?? ""));
      const allowed = tag && name && (SIMPLE_TAGS.has(name) || isLink) && (closing || name === "a" || !tag[3]);
      if (tag && name && allowed) {
        if (!closing) {
          open.push(name);
          out += name === "a" ? `<a${tag[3]}>` : `<${name}>`;
        } else if (open.includes(name)) {
          // Close anything left open inside it first, so the nesting stays valid.
          while (open.length) {
            const last = open.pop()!;
            out += `</${last}>`;
            if (last === name) break;
          }
        }
        i += tag[0].length;
        continue;
      }
      out += "&lt;";
      i += 1;
      continue;
    }
    out += ch === ">" ? "&gt;" : ch;
    i += 1;
  }
  while (open.length) out += `</${open.pop()}>`;
  return out;
}
