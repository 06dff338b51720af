import { describe, expect, it } from "vitest";
import { makeFlow, message, startTrigger } from "@/test/flow-chat-harness";
import { pressEvent, previewVariables, sendToPreview, startPreview } from "./preview-session";

const T0 = new Date("2026-03-02T09:00:00.000Z");
const opts = { now: T0, random: () => 0.25 };

describe("preview session", () => {
  const flow = makeFlow(
    "f",
    [
      startTrigger(),
      message("hi", "Hi {{first_name}}!", { buttons: [[{ kind: "next", id: "go", text: "Go" }]] }),
      { id: "ask", type: "question", data: { text: "Your email?", variable: "email", answerType: "email", errorText: "Not an email" } },
      { id: "wait", type: "delay", data: { amount: 2, unit: "hours" } },
      message("done", "Thanks {{email}}"),
    ],
    [
      ["start", "hi"],
      ["hi", "ask", "go"],
      ["ask", "wait"],
      ["wait", "done"],
    ],
  );
  const graph = [flow];

  it("runs the draft: buttons, answers, variables, a skipped wait", () => {
    let s = sendToPreview(startPreview(), graph, "/start", opts);
    const hi = s.entries.at(-1)!;
    expect(hi).toMatchObject({ kind: "bot", html: "Hi Sam!" });
    s = sendToPreview(s, graph, pressEvent(s, hi.kind === "bot" ? hi.buttons![0][0] : ({} as never))!, opts);
    expect(s.entries.at(-1)).toMatchObject({ kind: "bot", html: "Your email?" });
    s = sendToPreview(s, graph, "nope", opts);
    expect(s.entries.at(-1)).toMatchObject({ kind: "bot", html: "Not an email" });
    s = sendToPreview(s, graph, "sam@example.com", opts);
    expect(previewVariables(s)).toMatchObject({ email: "sam@example.com" });
    const wait = s.entries.at(-1)!;
    expect(wait).toMatchObject({ kind: "note", text: "Waiting 2 hour(s)." });
    s = sendToPreview(s, graph, wait.kind === "note" ? wait.actions![0] : ({} as never), opts);
    expect(s.entries.at(-2)).toMatchObject({ kind: "bot", html: "Thanks sam@example.com" });
    expect(s.entries.at(-1)).toMatchObject({ kind: "note", text: "End of the flow: nothing more is connected." });
    expect(s.state).toBeNull();
  });

  it("follows a jump into another published flow and keeps running there", () => {
    const draft = makeFlow("draft", [startTrigger(), { id: "go", type: "jump", data: { flowId: "other" } }], [["start", "go"]]);
    const other = makeFlow(
      "other",
      [{ id: "t", type: "trigger", data: { trigger: { kind: "command", command: "other" } } }, { id: "q", type: "question", data: { text: "Colour?", variable: "colour", answerType: "text" } }, message("bye", "Nice, {{colour}}")],
      [
        ["t", "q"],
        ["q", "bye"],
      ],
    );
    let s = sendToPreview(startPreview(), [draft, other], "/start", opts);
    expect(s.entries.at(-1)).toMatchObject({ kind: "bot", html: "Colour?" });
    s = sendToPreview(s, [draft, other], "blue", opts);
    expect(s.entries.at(-2)).toMatchObject({ kind: "bot", html: "Nice, blue" });
  });

  it("says so when nothing answers", () => {
    const s = sendToPreview(startPreview(), graph, "hello?", opts);
    expect(s.entries.map((e) => e.kind)).toEqual(["user", "note"]);
  });
});
