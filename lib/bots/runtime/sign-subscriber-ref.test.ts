import { describe, expect, it } from "vitest";
import { signSubscriberRef, verifySubscriberRef, withSubscriberRef } from "./sign-subscriber-ref";

describe("signed subscriber ref", () => {
  it("round-trips subscriber and customer", () => {
    const ref = signSubscriberRef({ subscriberId: "sub1", customerId: "cus1" });
    expect(verifySubscriberRef(ref)).toEqual({ subscriberId: "sub1", customerId: "cus1" });
    expect(verifySubscriberRef(signSubscriberRef({ subscriberId: "sub2", customerId: null }))).toEqual({ subscriberId: "sub2", customerId: null });
  });

  it("refuses forged, altered or malformed refs", () => {
    const ref = signSubscriberRef({ subscriberId: "sub1", customerId: "cus1" });
    const [payload, sig] = ref.split(".");
    const other = Buffer.from("sub9.cus9").toString("base64url");
    expect(verifySubscriberRef(`${other}.${sig}`)).toBeNull();
    expect(verifySubscriberRef(`${payload}.${sig.slice(0, -1)}x`)).toBeNull();
    for (const bad of [null, "", "abc", `${ref}.x`, "a".repeat(400)]) expect(verifySubscriberRef(bad)).toBeNull();
  });

  it("appends to a link", () => {
    const url = new URL(withSubscriberRef("http://localhost:3000/e/show?x=1", { subscriberId: "s", customerId: "c" }));
    expect(url.searchParams.get("x")).toBe("1");
    expect(verifySubscriberRef(url.searchParams.get("ref"))).toEqual({ subscriberId: "s", customerId: "c" });
  });
});
