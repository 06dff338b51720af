// Telegram refuses messages over 4096 characters (captions over 1024). Long texts are split at
// a paragraph, line or word boundary, never inside an HTML tag or entity, and tags open at a cut
// are closed at the end of one part and reopened at the start of the next.
export const MESSAGE_LIMIT = 4096;
export const CAPTION_LIMIT = 1024;

const TAG = /<\/?([a-z-]+)(?:\s[^>]*)?>|&[#a-z0-9]+;/gi;

export function splitTelegramText(text: string, limit = MESSAGE_LIMIT): string[] {
  const parts: string[] = [];
  let rest = text;
  let reopen = "";
  while (reopen.length + rest.length > limit) {
    const room = limit - reopen.length - 64; // room for the closing tags
    const cut = cutPoint(rest, room);
    const head = reopen + rest.slice(0, cut);
    const open = openTags(head);
    parts.push(
      (
        head +
        open
          .map((t) => `</${t.name}>`)
          .reverse()
          .join("")
      ).trimEnd(),
    );
    reopen = open.map((t) => t.raw).join("");
    rest = rest.slice(cut).replace(/^\s+/, "");
  }
  if (rest.trim()) parts.push(reopen + rest);
  return parts;
}

/** Where to cut within `room` characters: the last blank line, line break or space outside a tag. */
function cutPoint(text: string, room: number): number {
  const safe = (i: number) => !insideTag(text, i);
  for (const sep of ["\n\n", "\n", " "]) {
    let i = text.lastIndexOf(sep, room);
    while (i > room / 2 && !safe(i)) i = text.lastIndexOf(sep, i - 1);
    if (i > room / 2) return i + sep.length;
  }
  let i = room;
  while (i > 0 && !safe(i)) i--;
  return i || room;
}

function insideTag(text: string, index: number): boolean {
  TAG.lastIndex = 0;
  for (let m = TAG.exec(text); m && m.index < index; m = TAG.exec(text)) if (index < m.index + m[0].length) return true;
  return false;
}

function openTags(html: string): { name: string; raw: string }[] {
  const stack: { name: string; raw: string }[] = [];
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    if (!m[1]) continue;
    const name = m[1].toLowerCase();
    if (m[0].startsWith("</")) {
      const at = stack.map((t) => t.name).lastIndexOf(name);
      if (at >= 0) stack.splice(at, 1);
    } else stack.push({ name, raw: m[0] });
  }
  return stack;
}
