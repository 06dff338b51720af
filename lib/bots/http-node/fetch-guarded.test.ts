import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchGuarded, HttpNodeRefused } from "./fetch-guarded";

let server: Server;
let base = "";

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === "/ok") return res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ method: req.method }));
    if (req.url === "/hop") return res.writeHead(302, { location: "/ok" }).end();
    if (req.url === "/loop") return res.writeHead(302, { location: "/loop" }).end();
    if (req.url === "/big") return res.writeHead(200).end("x".repeat(50_000));
    if (req.url === "/slow") return; // never answers
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => void server.closeAllConnections());

const get = (url: string, timeoutMs = 5000) => ({ method: "GET", url, headers: {}, timeoutMs });

describe("fetchGuarded", () => {
  it("refuses loopback by IP and by a name that resolves to it", async () => {
    await expect(fetchGuarded(get(`${base}/ok`), { allowPrivate: false })).rejects.toThrow(/loopback address \(127\.0\.0\.1\)/);
    await expect(fetchGuarded(get(`${base.replace("127.0.0.1", "localhost")}/ok`), { allowPrivate: false })).rejects.toBeInstanceOf(HttpNodeRefused);
    await expect(fetchGuarded(get("http://[::ffff:127.0.0.1]/"), { allowPrivate: false })).rejects.toThrow(/loopback/);
    await expect(fetchGuarded(get("http://169.254.169.254/latest/meta-data/"), { allowPrivate: false })).rejects.toThrow(/metadata/);
  });

  it("refuses other schemes", async () => {
    await expect(fetchGuarded(get("file:///etc/passwd"))).rejects.toThrow(/Only http and https/);
    await expect(fetchGuarded(get("ftp://example.com/x"))).rejects.toThrow(/Only http and https/);
  });

  it("with the opt-out reaches a local server and follows a redirect", async () => {
    expect(await fetchGuarded(get(`${base}/hop`), { allowPrivate: true })).toEqual({ status: 200, ok: true, text: JSON.stringify({ method: "GET" }) });
  });

  it("checks every redirect hop and caps their number", async () => {
    await expect(fetchGuarded(get(`${base}/loop`), { allowPrivate: true })).rejects.toThrow(/More than 3 redirects/);
  });

  it("caps the response size and keeps one deadline", async () => {
    await expect(fetchGuarded(get(`${base}/big`), { allowPrivate: true, maxBytes: 10_000 })).rejects.toThrow(/larger than 10000 bytes/);
    await expect(fetchGuarded(get(`${base}/slow`, 300), { allowPrivate: true })).rejects.toMatchObject({ name: "TimeoutError" });
  });
});
