import { describe, expect, it } from "vitest";
import { MESSAGE_LIMIT, splitTelegramText } from "./split-telegram-text";

describe("splitTelegramText", () => {
  it("keeps short texts whole", () => {
    expect(splitTelegramText("Hello <b>there</b>")).toEqual(["Hello <b>there</b>"]);
  });

  it("splits long texts under the limit at word boundaries, losing no words", () => {
    const words = Array.from({ length: 2000 }, (_, i) => `word${i}`);
    const parts = splitTelegramText(words.join(" "));
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
    expect(parts.join(" ").split(" ")).toEqual(words);
  });

  it("closes and reopens tags across a cut and never cuts inside a tag", () => {
    const text = `<b>${"bold words ".repeat(600)}</b> <a href="https://example.com/x">${"link ".repeat(400)}</a>`;
    const parts = splitTelegramText(text);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) {
      expect(p.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
      expect((p.match(/<b>/g) ?? []).length).toBe((p.match(/<\/b>/g) ?? []).length);
      expect((p.match(/<a /g) ?? []).length).toBe((p.match(/<\/a>/g) ?? []).length);
      expect(p).not.toMatch(/<[^>]*$/);
    }
  });

  it("cuts a text without spaces too", () => {
    const parts = splitTelegramText("x".repeat(10_000));
    expect(parts.join("")).toBe("x".repeat(10_000));
    for (const p of parts) expect(p.length).toBeLessThanOrEqual(MESSAGE_LIMIT);
  });
});
