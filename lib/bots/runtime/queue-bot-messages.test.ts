import { describe, expect, it } from "vitest";
import { toTelegramButtons } from "./queue-bot-messages";

describe("toTelegramButtons", () => {
  it("keeps callback data within Telegram's 64 bytes and remembers the long ones", () => {
    const long = `abcdefgh.1:${"ü".repeat(40)}`;
    const { buttons, callbacks } = toTelegramButtons([
      [
        { text: "Short", callbackData: "abcdefgh.1:opt-a" },
        { text: "Long", callbackData: long },
      ],
      [{ text: "Site", url: "https://example.com" }],
    ]);
    const [short, hashed] = buttons[0] as { callback_data: string }[];
    expect(short.callback_data).toBe("abcdefgh.1:opt-a");
    expect(Buffer.byteLength(hashed.callback_data)).toBeLessThanOrEqual(64);
    expect(callbacks[hashed.callback_data]).toBe(long);
    expect(buttons[1]).toEqual([{ text: "Site", url: "https://example.com" }]);
  });
});
