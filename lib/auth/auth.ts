import { PrismaAdapter } from "@auth/prisma-adapter";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import Resend from "next-auth/providers/resend";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { sendEmail } from "@/lib/email/send-email";
import { magicLinkEmail } from "@/lib/email/templates";
import { authenticatePassword } from "./authenticate-password";

/** Carries our sign-in refusal (wrong password, locked) to the sign-in action as its `code`. */
export class SignInRefused extends CredentialsSignin {
  constructor(message: string) {
    super(message);
    this.code = message;
  }
}

const credentialsSchema = z.object({ email: z.string().email().max(254), password: z.string().min(1).max(200) });

const magicLinkEnabled = Boolean(process.env.RESEND_API_KEY);

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
      authorize: async (raw) => {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) throw new SignInRefused("Wrong email or password.");
        try {
          return await authenticatePassword(parsed.data);
        } catch (err) {
          if (err instanceof AppError) throw new SignInRefused(err.message);
          throw err;
        }
      },
    }),
    ...(magicLinkEnabled
      ? [
          Resend({
            from: process.env.EMAIL_FROM,
            // Through our outbox, so the message is recorded and the Resend base URL is honoured.
            sendVerificationRequest: async ({ identifier, url }) => {
              await sendEmail({ orgId: null, to: identifier, ...magicLinkEmail({ url }) });
            },
          }),
        ]
      : []),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
});

export const authFeatures = { magicLink: magicLinkEnabled };
