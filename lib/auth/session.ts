import { redirect } from "next/navigation";
import { auth } from "./auth";

/** The signed-in user's id, or null. The one place the rest of the app reads the session. */
export async function getSessionUserId(): Promise<string | null> {
  const session = await auth();
  return session?.user?.id ?? null;
}

export async function requireUserId(): Promise<string> {
  const userId = await getSessionUserId();
  if (!userId) redirect("/sign-in");
  return userId;
}
