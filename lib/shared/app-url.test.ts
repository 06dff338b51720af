import { afterEach, describe, expect, it } from "vitest";
import { appBaseUrl, appUrl } from "./app-url";

const original = process.env.APP_URL;
afterEach(() => void (process.env.APP_URL = original));

describe("appUrl", () => {
  it("joins APP_URL and a path with one slash whatever APP_URL ends with, keeping a path prefix", () => {
    process.env.APP_URL = "https://book.example.com/";
    expect(appUrl("/e/summer")).toBe("https://book.example.com/e/summer");
    process.env.APP_URL = "https://example.com/frontdesk//";
    expect(appUrl("/t/abc")).toBe("https://example.com/frontdesk/t/abc");
    expect(appBaseUrl()).toBe("https://example.com/frontdesk");
  });

  it("falls back to the local address when APP_URL is unset, and refuses a value that is not a URL", () => {
    delete process.env.APP_URL;
    expect(appUrl("/")).toBe("http://localhost:3000/");
    process.env.APP_URL = "not a url";
    expect(() => appUrl("/")).toThrow(/APP_URL/);
  });
});
