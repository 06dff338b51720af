import { describe, expect, it } from "vitest";
import { flowNodeSchema, type NodeOf } from "./types";
import { normalizePhone, validateAnswer } from "./validate-answer";

const question = (data: Record<string, unknown>) => (flowNodeSchema.parse({ id: "q", type: "question", data: { text: "?", variable: "v", ...data } }) as NodeOf<"question">).data;

describe("validateAnswer", () => {
  it("email: trimmed and lower-cased, rejects look-alikes", () => {
    const q = question({ answerType: "email" });
    expect(validateAnswer(q, "  Ada@Example.COM ")).toEqual({ ok: true, value: "ada@example.com" });
    for (const bad of ["ada", "ada@", "ada@example", "a b@example.com", "<a>@x.io"]) expect(validateAnswer(q, bad).ok).toBe(false);
  });

  it("phone: E.164-ish, separators ignored, 00 becomes +", () => {
    const q = question({ answerType: "phone" });
    expect(validateAnswer(q, "+44 20 7946-0958")).toEqual({ ok: true, value: "+442079460958" });
    expect(normalizePhone("0049 (30) 123456")).toBe("+4930123456");
    for (const bad of ["12345", "+0 123 456 789", "call me", "+1234567890123456"]) expect(validateAnswer(q, bad).ok).toBe(false);
  });

  it("number: decimal comma, min and max", () => {
    const q = question({ answerType: "number", min: 1, max: 10 });
    expect(validateAnswer(q, "3,5")).toEqual({ ok: true, value: 3.5 });
    expect(validateAnswer(q, "0")).toEqual({ ok: false, error: "Please send a number from 1 to 10." });
    expect(validateAnswer(q, "11")).toEqual({ ok: false, error: "Please send a number up to 10." });
    expect(validateAnswer(q, "1e3").ok).toBe(false);
  });

  it("choice: by label (any case) or by number, saving the option's value", () => {
    const q = question({
      answerType: "choice",
      options: [
        { id: "a", label: "Red", value: "red" },
        { id: "b", label: "Blue" },
      ],
    });
    expect(validateAnswer(q, "RED")).toEqual({ ok: true, value: "red", optionId: "a" });
    expect(validateAnswer(q, "2")).toEqual({ ok: true, value: "Blue", optionId: "b" });
    expect(validateAnswer(q, "3").ok).toBe(false);
  });

  it("text: not empty, not longer than maxLength; the node's error text wins", () => {
    const q = question({ answerType: "text", maxLength: 5, errorText: "Too long!" });
    expect(validateAnswer(q, " hello ")).toEqual({ ok: true, value: "hello" });
    expect(validateAnswer(q, "hello!")).toEqual({ ok: false, error: "Too long!" });
    expect(validateAnswer(question({ answerType: "text" }), "   ")).toEqual({ ok: false, error: "Please send an answer." });
  });
});
