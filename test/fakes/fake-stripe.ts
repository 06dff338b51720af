import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";

// A stand-in for the Stripe API on 127.0.0.1, enough for Checkout and refunds: the real SDK
// talks to it through STRIPE_API_BASE. It records every request (with its idempotency key),
// replays idempotent requests like Stripe, can be told to fail, and serves a fake hosted
// checkout page (/pay/<session>) whose "Pay" button completes the session, posts a signed
// checkout.session.completed to the app's webhook and redirects to the success URL.
export type FakeStripeRequest = { method: string; path: string; body: Record<string, unknown>; idempotencyKey?: string };
type Obj = Record<string, unknown>;

export type FakeStripe = {
  url: string;
  requests: FakeStripeRequest[];
  sessions: Map<string, Obj>;
  refunds: Obj[];
  /** The next n API calls answer 500. */
  failNext: (n: number) => void;
  /** Pays an open session (as the hosted page would) and returns it; does not post the webhook. */
  completeSession: (id: string) => Obj;
  /** Where the hosted page posts checkout.session.completed (set after the app's port is known). */
  setWebhook: (url: string, secret: string) => void;
  close: () => Promise<void>;
};

/** Parses Stripe's form encoding (a[b][0][c]=v) into nested objects and arrays. */
export function parseStripeForm(raw: string): Obj {
  const root: Obj = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    const path = key.replace(/\]/g, "").split("[");
    let node: Obj = root;
    path.forEach((part, i) => {
      if (i === path.length - 1) return void (node[part] = value);
      node[part] ??= /^\d+$/.test(path[i + 1]) ? [] : {};
      node = node[part] as Obj;
    });
  }
  return root;
}

function stripeError(res: ServerResponse, status: number, message: string, code?: string) {
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify({ error: { type: status >= 500 ? "api_error" : "invalid_request_error", code, message } }));
}

export async function startFakeStripe(options: { webhookUrl?: string; webhookSecret?: string } = {}): Promise<FakeStripe> {
  const requests: FakeStripeRequest[] = [];
  const sessions = new Map<string, Obj>();
  const refunds: Obj[] = [];
  const replies = new Map<string, { status: number; body: string }>();
  const webhook = { url: options.webhookUrl, secret: options.webhookSecret };
  let failures = 0;
  let seq = 0;
  let base = "";
  const next = (prefix: string) => `${prefix}_test_${(++seq).toString().padStart(6, "0")}${Math.random().toString(36).slice(2, 8)}`;

  function completeSession(id: string): Obj {
    const session = sessions.get(id);
    if (!session) throw new Error(`no session ${id}`);
    if (session.status === "open") Object.assign(session, { status: "complete", payment_status: "paid", payment_intent: next("pi") });
    return session;
  }

  function createSession(body: Obj): Obj {
    const id = next("cs");
    const lines = (body.line_items as Obj[] | undefined) ?? [];
    const amount = lines.reduce((sum, l) => sum + Number((l.price_data as Obj)?.unit_amount ?? 0) * Number(l.quantity ?? 1), 0);
    const session: Obj = {
      id,
      object: "checkout.session",
      mode: body.mode,
      status: "open",
      payment_status: "unpaid",
      url: `${base}/pay/${id}`,
      amount_total: amount,
      currency: (lines[0]?.price_data as Obj)?.currency ?? null,
      customer_email: body.customer_email ?? null,
      client_reference_id: body.client_reference_id ?? null,
      metadata: body.metadata ?? {},
      success_url: body.success_url,
      cancel_url: body.cancel_url,
      expires_at: Number(body.expires_at ?? Math.floor(Date.now() / 1000) + 86400),
      created: Math.floor(Date.now() / 1000),
      payment_intent: null,
      livemode: false,
    };
    sessions.set(id, session);
    return session;
  }

  async function api(req: IncomingMessage, res: ServerResponse, path: string, body: Obj) {
    let m: RegExpMatchArray | null;
    if (req.method === "POST" && path === "/v1/checkout/sessions") return createSession(body);
    if (req.method === "GET" && (m = path.match(/^\/v1\/checkout\/sessions\/([^/]+)$/))) return sessions.get(m[1]) ?? stripeError(res, 404, `No such checkout.session: '${m[1]}'`, "resource_missing");
    if (req.method === "POST" && (m = path.match(/^\/v1\/checkout\/sessions\/([^/]+)\/expire$/))) {
      const session = sessions.get(m[1]);
      if (!session) return stripeError(res, 404, `No such checkout.session: '${m[1]}'`, "resource_missing");
      if (session.status !== "open") return stripeError(res, 400, `Only Checkout Sessions with a status in ["open"] can be expired. This Checkout Session has a status of "${session.status}".`);
      session.status = "expired";
      return session;
    }
    if (req.method === "POST" && path === "/v1/refunds") {
      const pi = body.payment_intent as string | undefined;
      const paid = [...sessions.values()].find((s) => s.payment_intent === pi);
      if (!pi || !paid) return stripeError(res, 404, `No such payment_intent: '${pi}'`, "resource_missing");
      if (refunds.some((r) => r.payment_intent === pi)) return stripeError(res, 400, `Charge for payment intent ${pi} has already been refunded.`, "charge_already_refunded");
      const refund: Obj = {
        id: next("re"),
        object: "refund",
        payment_intent: pi,
        amount: body.amount ? Number(body.amount) : paid.amount_total,
        currency: paid.currency,
        status: "succeeded",
        reason: body.reason ?? null,
        metadata: body.metadata ?? {},
      };
      refunds.push(refund);
      return refund;
    }
    return stripeError(res, 404, `Unrecognized request URL (${req.method}: ${path}).`);
  }

  async function hostedPage(req: IncomingMessage, res: ServerResponse, id: string) {
    const session = sessions.get(id);
    if (!session) return res.writeHead(404).end("No such session");
    if (req.method === "GET") {
      const total = `${((session.amount_total as number) / 100).toFixed(2)} ${String(session.currency).toUpperCase()}`;
      return res
        .writeHead(200, { "content-type": "text/html" })
        .end(
          `<!doctype html><meta name="viewport" content="width=device-width"><title>Fake Checkout</title><h1>Fake Stripe Checkout</h1><p>Total: ${total}</p><p>Status: ${session.status}</p><form method="post"><button>Pay ${total}</button></form><a href="${session.cancel_url}">Back</a>`,
        );
    }
    if (session.status !== "open") return res.writeHead(409).end(`This session is ${session.status}.`);
    completeSession(id);
    if (webhook.url && webhook.secret) {
      const payload = JSON.stringify(stripeEvent("checkout.session.completed", session));
      const header = new Stripe("sk_test_fake").webhooks.generateTestHeaderString({ payload, secret: webhook.secret });
      const answer = await fetch(webhook.url, { method: "POST", headers: { "content-type": "application/json", "stripe-signature": header }, body: payload });
      if (!answer.ok) return res.writeHead(502).end(`The app's webhook answered ${answer.status}.`);
    }
    res.writeHead(303, { location: String(session.success_url).replace("{CHECKOUT_SESSION_ID}", id) }).end();
  }

  const server: Server = createServer((req, res) => {
    let raw = "";
    req.on("data", (c) => (raw += c));
    req.on("end", async () => {
      try {
        const path = (req.url ?? "/").split("?")[0];
        const pay = path.match(/^\/pay\/([^/]+)$/);
        if (pay) return await hostedPage(req, res, pay[1]);
        // For e2e specs, whose fake runs in another process: what it has seen so far.
        if (path === "/__fake/state") return res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ requests, refunds, sessions: [...sessions.values()] }));
        const body = parseStripeForm(req.method === "GET" ? ((req.url ?? "").split("?")[1] ?? "") : raw);
        const idempotencyKey = req.headers["idempotency-key"] as string | undefined;
        requests.push({ method: req.method ?? "GET", path, body, idempotencyKey });
        if (!req.headers.authorization?.startsWith("Bearer ")) return stripeError(res, 401, "You did not provide an API key.");
        if (failures > 0) return (failures--, stripeError(res, 500, "fake outage"));
        const replayKey = idempotencyKey && `${req.method} ${path} ${idempotencyKey}`;
        const stored = replayKey ? replies.get(replayKey) : undefined;
        if (stored) return res.writeHead(stored.status, { "content-type": "application/json", "idempotent-replayed": "true" }).end(stored.body);
        const result = await api(req, res, path, body);
        if (res.writableEnded) return;
        const reply = { status: 200, body: JSON.stringify(result) };
        if (replayKey) replies.set(replayKey, reply);
        res.writeHead(reply.status, { "content-type": "application/json" }).end(reply.body);
      } catch (err) {
        if (!res.headersSent) stripeError(res, 500, (err as Error).message);
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    requests,
    sessions,
    refunds,
    completeSession,
    failNext: (n) => void (failures = n),
    setWebhook: (url, secret) => Object.assign(webhook, { url, secret }),
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** A Stripe event envelope around one object, as Stripe would post it. */
export function stripeEvent(type: string, object: Obj, id = `evt_test_${Math.random().toString(36).slice(2, 14)}`) {
  return { id, object: "event", type, api_version: "2026-10-28.endive", created: Math.floor(Date.now() / 1000), livemode: false, pending_webhooks: 1, request: { id: null, idempotency_key: null }, data: { object } };
}

/** A POST to the webhook route signed with the SDK's own test-header helper. */
export function signedWebhookRequest(event: object, secret: string, url = "http://localhost/api/stripe/webhook"): Request {
  const payload = JSON.stringify(event);
  const signature = new Stripe("sk_test_fake").webhooks.generateTestHeaderString({ payload, secret });
  return new Request(url, { method: "POST", headers: { "content-type": "application/json", "stripe-signature": signature }, body: payload });
}
