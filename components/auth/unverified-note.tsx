import { isEmailVerified } from "@/lib/auth/require-verified-email";

/** Says, where it matters, what an unconfirmed email address holds back; nothing once confirmed. */
export async function UnverifiedNote({ userId, children }: { userId: string; children: React.ReactNode }) {
  if (await isEmailVerified(userId)) return null;
  return <p className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900">{children}</p>;
}
