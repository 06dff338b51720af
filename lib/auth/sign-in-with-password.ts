import { AuthError } from "next-auth";
import { AppError } from "@/lib/errors";
import { signIn } from "./auth";

/**
 * Signs the current request in with email + password (sets the session cookie). A refusal
 * becomes an AppError with the throttle's or the password check's message, or `failureMessage`.
 * Not a server action itself: only the actions that import it can reach it.
 */
export async function signInWithPassword({ email, password, failureMessage }: { email: string; password: string; failureMessage?: string }) {
  try {
    await signIn("credentials", { email, password, redirect: false });
  } catch (err) {
    if (!(err instanceof AuthError)) throw err;
    const code = (err as AuthError & { code?: string }).code;
    const refusal = code && code !== "credentials" ? code : "Wrong email or password.";
    throw new AppError(refusal.startsWith("Too many") ? "RATE_LIMITED" : "UNAUTHENTICATED", failureMessage ?? refusal);
  }
}
