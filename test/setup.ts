import { inject, vi } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.AUTH_SECRET ??= "test-secret-test-secret-test-secret";
process.env.APP_URL ??= "http://localhost:3000";
process.env.BOT_TOKEN_KEY ??= "ZnJvbnRkZXNrLXRlc3QtYm90LXRva2VuLWtleS0zMmI=";
delete process.env.RESEND_API_KEY;

// The session is the one thing integration tests fake: signInAs() in test/factories.ts sets it.
const testSession = globalThis as unknown as { testUserId: string | null };
testSession.testUserId = null;
vi.mock("@/lib/auth/session", () => ({
  getSessionUserId: async () => testSession.testUserId,
  requireUserId: async () => {
    if (!testSession.testUserId) throw new Error("NEXT_REDIRECT: /sign-in");
    return testSession.testUserId;
  },
}));

// Outside a Next.js request there is no cache to revalidate.
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));
