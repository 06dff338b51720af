import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

// A stand-in for the Resend API on 127.0.0.1: records every email posted, answers like Resend,
// and can be told to fail. Point the SDK at it with RESEND_BASE_URL.
export type FakeResend = { url: string; emails: { headers: Record<string, string | string[] | undefined>; body: Record<string, unknown> }[]; failNext: (n: number) => void; close: () => Promise<void> };

export async function startFakeResend(): Promise<FakeResend> {
  const emails: FakeResend["emails"] = [];
  let failures = 0;
  const seenKeys = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    let raw = "";
    req.on("data", (c) => (raw += c));
    req.on("end", () => {
      res.setHeader("content-type", "application/json");
      if (req.method !== "POST" || req.url !== "/emails") return res.writeHead(404).end(JSON.stringify({ message: "not found" }));
      if (failures > 0) {
        failures--;
        return res.writeHead(500).end(JSON.stringify({ name: "internal_server_error", message: "fake outage", statusCode: 500 }));
      }
      const key = req.headers["idempotency-key"] as string | undefined;
      if (key && seenKeys.has(key)) return res.writeHead(200).end(JSON.stringify({ id: seenKeys.get(key) }));
      const id = `fake_${emails.length + 1}`;
      if (key) seenKeys.set(key, id);
      emails.push({ headers: req.headers, body: JSON.parse(raw) });
      res.writeHead(200).end(JSON.stringify({ id }));
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, emails, failNext: (n) => (failures = n), close: () => new Promise((r) => server.close(() => r())) };
}
