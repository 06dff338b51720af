import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import Resend from "next-auth/providers/resend";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { sendSecretEmailNow } from "@/lib/email/deliver-email";
import { magicLinkEmail } from "@/lib/email/templates";
import { authenticatePassword } from "./authenticate-password";
import { sessionIsCurrent } from "./session-is-current";
import { env } from "@/lib/env";
import { appBaseUrl } from "@/lib/shared/app-url";

/** Carries our sign-in refusal (wrong password, locked) to the sign-in action as its `code`. */
export class SignInRefused extends CredentialsSignin {
  constructor(message: string) {
    super(message);
    this.code = message;
  }
}

const credentialsSchema = z.object({ email: z.string().email().max(254), password: z.string().min(1).max(200) });

const magicLinkEnabled = Boolean(env().RESEND_API_KEY);

export const { handlers, auth, signIn, signOut } = NextAuth({
  // Users, accounts and magic-link tokens live in Postgres; sessions are JWTs (Credentials requires it).
  adapter: PrismaAdapter(db as never),
  session: { strategy: "jwt", maxAge: 30 * 24 * 3600 },
  trustHost: true,
  // A refused password is an expected answer, not a server error worth a stack trace.
  logger: {
    error(error) {
      if (error.name === "CredentialsSignin" || (error as { type?: string }).type === "CredentialsSignin") return;
      console.error("[auth]", error);
    },
  },
  pages: { signIn: "/sign-in", verifyRequest: "/sign-in?sent=1", error: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      authorize: async (raw, request) => {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) throw new SignInRefused("Wrong email or password.");
        try {
          return await authenticatePassword({ ...parsed.data, ip: clientIp(request.headers) });
        } catch (err) {
          if (err instanceof AppError) throw new SignInRefused(err.message);
          throw err;
        }
      },
    }),
    ...(magicLinkEnabled
      ? [
          Resend({
            from: env().EMAIL_FROM,
            // The link is rebuilt on APP_URL, never on the request's (spoofable) host, and the
            // outbox keeps a copy without it.
            sendVerificationRequest: async ({ identifier, url }) => {
              const link = onAppOrigin(url);
              await sendSecretEmailNow({ orgId: null, to: identifier, ...magicLinkEmail({ url: link }), secrets: [link, new URL(link).searchParams.get("token") ?? link] });
            },
          }),
        ]
      : []),
  ],
  callbacks: {
    // A magic link proves the mailbox. A password set on this email by someone who never proved
    // it (a sign-up squatting on the address) is dropped with the squatter's sessions, so it
    // cannot reach the owner's account.
    async signIn({ user, account, email }) {
      if (account?.provider === "resend" && !email?.verificationRequest && user.email) {
        await db.user.updateMany({ where: { email: user.email, emailVerified: null, passwordHash: { not: null } }, data: { passwordHash: null, passwordChangedAt: new Date() } });
      }
      return true;
    },
    // A password reset ends the sessions signed in before it (stolen or forgotten ones).
    async jwt({ token, user }) {
      if (user?.id) return { ...token, sub: user.id, signedInAt: Date.now() };
      const signedInAt = typeof token.signedInAt === "number" ? token.signedInAt : (token.iat ?? 0) * 1000;
      if (token.sub && !(await sessionIsCurrent({ userId: token.sub, signedInAt }))) return null;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
});

export const authFeatures = { magicLink: magicLinkEnabled };

/** The client's address as the proxy in front of Next reports it; null when unknown. */
export function clientIp(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return (forwarded || headers.get("x-real-ip") || "").slice(0, 64) || null;
}

function onAppOrigin(url: string): string {
  const link = new URL(url);
  const app = new URL(appBaseUrl());
  link.protocol = app.protocol;
  link.host = app.host;
  return link.toString();
}
