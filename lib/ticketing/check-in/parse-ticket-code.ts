// What door staff scan or type: a bare ticket code or the ticket's /t/<code> link (the QR code
// carries the link). Anything else is not a code, and is never looked up.
const CODE = /^[A-Za-z0-9_-]{8,64}$/;

export function parseTicketCode(input: string): string | null {
  let text = input.trim();
  const link = /\/t\/([^/?#\s]+)/.exec(text);
  if (link) text = link[1];
  return CODE.test(text) ? text : null;
}
