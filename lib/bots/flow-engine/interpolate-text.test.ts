import { describe, expect, it } from "vitest";
import { subscriber } from "../../../test/flow-chat-harness";
import { interpolate, renderMessageText, renderUrl, renderValue } from "./interpolate-text";

const scope = (over: Parameters<typeof subscriber>[0] = {}, variables = {}) => ({ variables, subscriber: subscriber(over) });

describe("interpolate", () => {
  it("fills built-ins, customer fields and custom variables; the conversation's over the stored ones", () => {
    const s = scope({ variables: { city: "Paris", plan: "free" }, customer: { email: "ada@example.com" } }, { plan: "pro" });
    expect(interpolate("{{first_name}} {{last_name}} (@{{username}}) {{full_name}}", s)).toBe("Ada Lovelace (@ada) Ada Lovelace");
    expect(interpolate("{{ city }}/{{plan}}/{{customer.email}}", s)).toBe("Paris/pro/ada@example.com");
  });

  it("uses the fallback for missing or empty values", () => {
    expect(interpolate("Hi {{nickname|there}}!", scope())).toBe("Hi there!");
    expect(interpolate("Hi {{first_name|there}}!", scope({ firstName: "" }))).toBe("Hi there!");
    expect(interpolate("[{{missing}}]", scope())).toBe("[]");
  });
});

describe("renderMessageText", () => {
  it("escapes values: a <script> first name stays text, the author's markup stays markup", () => {
    const text = renderMessageText("<b>Hi {{first_name}}</b>", scope({ firstName: '<script>alert("x")</script>' }));
    expect(text).toBe("<b>Hi &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</b>");
  });

  it("a value cannot open or close a tag", () => {
    expect(renderMessageText("<i>{{v}}</i>", scope({}, { v: "</i><b>x" }))).toBe("<i>&lt;/i&gt;&lt;b&gt;x</i>");
  });
});

describe("renderUrl and renderValue", () => {
  it("percent-encodes values inside a URL, keeps a whole-URL variable", () => {
    expect(renderUrl("https://x.test/?q={{q}}", scope({}, { q: "a&b=c d" }))).toBe("https://x.test/?q=a%26b%3Dc%20d");
    expect(renderUrl("{{link}}", scope({}, { link: "https://x.test/a?b=1" }))).toBe("https://x.test/a?b=1");
  });

  it("keeps a single variable's type", () => {
    expect(renderValue("{{age}}", scope({}, { age: 42 }))).toBe(42);
    expect(renderValue("age {{age}}", scope({}, { age: 42 }))).toBe("age 42");
    expect(renderValue("{{nothing}}", scope())).toBeNull();
  });
});
