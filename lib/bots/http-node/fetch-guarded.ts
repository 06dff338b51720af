import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import { isIP } from "node:net";
import { classifyAddress } from "./classify-address";
import { env } from "@/lib/env";

// The HTTP node's request, guarded against SSRF: only http/https; the address actually connected
// to is checked (the DNS answer inside the connection's own lookup, so a name cannot resolve to a
// public address for the check and a private one for the connection); redirects are followed by
// hand (at most 3) and each hop is checked the same way; one deadline for the whole exchange; the
// body is capped. HTTP_NODE_ALLOW_PRIVATE=1 lets tests reach their fakes on 127.0.0.1.
export class HttpNodeRefused extends Error {}

export type GuardedResponse = { status: number; ok: boolean; text: string };
type Request = { method: string; url: string; headers: Record<string, string>; body?: string; timeoutMs: number };
type Limits = { maxBytes?: number; maxRedirects?: number; allowPrivate?: boolean };

const refusal = (host: string, ip: string, kind: string) => new HttpNodeRefused(`${host} resolves to a ${kind} address (${ip}): requests to it are not allowed.`);

function guardedLookup(allowPrivate: boolean) {
  return (hostname: string, options: { all?: boolean }, callback: (err: Error | null, address: string | LookupAddress[], family?: number) => void) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      const bad = allowPrivate ? undefined : addresses.find((a) => classifyAddress(a.address));
      if (bad) return callback(refusal(hostname, bad.address, classifyAddress(bad.address)!), []);
      if (options.all) return callback(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

function checkUrl(url: URL, allowPrivate: boolean) {
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new HttpNodeRefused("Only http and https URLs are allowed.");
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const kind = isIP(host) && !allowPrivate ? classifyAddress(host) : null; // names are checked at connect time
  if (kind) throw refusal(host, host, kind);
}

function once(url: URL, req: Request, body: string | undefined, signal: AbortSignal, { maxBytes, allowPrivate }: Required<Limits>) {
  return new Promise<{ status: number; location?: string; text: string }>((resolve, reject) => {
    const client = url.protocol === "https:" ? https : http;
    const outgoing = client.request(url, { method: req.method, headers: req.headers, signal, lookup: guardedLookup(allowPrivate) as never, agent: false }, (res) => {
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && res.headers.location) {
        res.resume();
        return resolve({ status, location: res.headers.location, text: "" });
      }
      const tooLarge = () => {
        reject(new HttpNodeRefused(`The response is larger than ${maxBytes} bytes.`));
        res.destroy();
      };
      if (Number(res.headers["content-length"] ?? 0) > maxBytes) return tooLarge();
      const chunks: Buffer[] = [];
      let size = 0;
      res.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) return tooLarge();
        chunks.push(chunk);
      });
      res.on("end", () => resolve({ status, text: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}

export async function fetchGuarded(req: Request, { maxBytes = 1_000_000, maxRedirects = 3, allowPrivate = env().HTTP_NODE_ALLOW_PRIVATE === "1" }: Limits = {}): Promise<GuardedResponse> {
  const signal = AbortSignal.timeout(req.timeoutMs);
  let url = new URL(req.url);
  let method = req.method;
  let body = req.body;
  for (let hop = 0; ; hop++) {
    checkUrl(url, allowPrivate);
    const res = await once(url, { ...req, method }, body, signal, { maxBytes, maxRedirects, allowPrivate }).catch((err: Error) => {
      throw signal.aborted ? Object.assign(new Error("The request timed out."), { name: "TimeoutError" }) : err;
    });
    if (res.location === undefined) return { status: res.status, ok: res.status >= 200 && res.status < 300, text: res.text };
    if (hop >= maxRedirects) throw new HttpNodeRefused(`More than ${maxRedirects} redirects.`);
    url = new URL(res.location, url);
    // 303 (and 301/302 after a POST, as browsers do) continue as a GET without a body.
    if (res.status === 303 || ((res.status === 301 || res.status === 302) && method !== "GET" && method !== "HEAD")) [method, body] = ["GET", undefined];
  }
}
