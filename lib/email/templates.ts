// Plain, inline-styled emails: they render the same in every client.
export const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export function layout(title: string, body: string, action?: { label: string; url: string }) {
  const button = action
    ? `<p style="margin:24px 0"><a href="${escape(action.url)}" style="background:#4f46e5;color:#fff;padding:10px 18px;border-radius:6px;text-decoration:none;font-weight:600">${escape(action.label)}</a></p><p style="color:#6b7280;font-size:12px">Or open: ${escape(action.url)}</p>`
    : "";
  return `<!doctype html><html><body style="font-family:system-ui,sans-serif;background:#f9fafb;padding:24px"><div style="max-width:520px;margin:auto;background:#fff;border:1px solid #e5e7eb;border-radius:8px;padding:24px"><h1 style="font-size:18px;margin:0 0 12px">${escape(title)}</h1>${body}${button}</div></body></html>`;
}

export function magicLinkEmail({ url }: { url: string }) {
  return {
    subject: "Your Frontdesk sign-in link",
    html: layout("Sign in to Frontdesk", "<p>Click the button to sign in. The link works once and expires in 24 hours.</p>", { label: "Sign in", url }),
    text: `Sign in to Frontdesk: ${url}`,
  };
}

export function invitationEmail({ orgName, inviterName, role, url }: { orgName: string; inviterName: string; role: string; url: string }) {
  return {
    subject: `${inviterName} invited you to ${orgName} on Frontdesk`,
    html: layout(`Join ${orgName} on Frontdesk`, `<p>${escape(inviterName)} invited you to join <b>${escape(orgName)}</b> as ${escape(role.toLowerCase())}. The invitation expires in 7 days.</p>`, { label: "Accept invitation", url }),
    text: `${inviterName} invited you to join ${orgName} as ${role.toLowerCase()}: ${url}`,
  };
}

export function verifyEmailEmail({ url }: { url: string }) {
  return {
    subject: "Confirm your email for Frontdesk",
    html: layout("Confirm your email address", "<p>Click the button to confirm this address for your Frontdesk account. The link works once and expires in 48 hours. If you did not create an account, ignore this email.</p>", {
      label: "Confirm email",
      url,
    }),
    text: `Confirm your email address for Frontdesk (the link works once and expires in 48 hours): ${url}\n\nIf you did not create an account, ignore this email.`,
  };
}

export function passwordResetEmail({ url }: { url: string }) {
  return {
    subject: "Reset your Frontdesk password",
    html: layout("Reset your password", "<p>Someone (hopefully you) asked to reset the password of your Frontdesk account. The link works once and expires in 1 hour. If you did not ask, ignore this email: your password stays as it is.</p>", {
      label: "Choose a new password",
      url,
    }),
    text: `Reset your Frontdesk password (the link works once and expires in 1 hour): ${url}\n\nIf you did not ask, ignore this email: your password stays as it is.`,
  };
}
