import { AuthShell } from "@/components/auth/auth-shell";
import { requireUserId } from "@/lib/auth/session";
import { NewOrgForm } from "./new-org-form";

export const metadata = { title: "New organization" };

export default async function NewOrgPage() {
  await requireUserId();
  return (
    <AuthShell title="New organization" subtitle="Each organization has its own customers, bots, events and team.">
      <NewOrgForm />
    </AuthShell>
  );
}
