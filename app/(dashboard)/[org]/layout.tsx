import Link from "next/link";
import { signOutAction } from "@/app/(auth)/actions";
import { OrgSwitcher } from "@/components/dashboard/org-switcher";
import { Sidebar } from "@/components/dashboard/sidebar";
import { VerifyEmailBanner } from "@/components/dashboard/verify-email-banner";
import { db } from "@/lib/db/client";
import { listUserOrgs } from "@/lib/tenancy/org-context";
import { requireOrgPage } from "@/lib/tenancy/require-org-page";

export default async function DashboardLayout({ children, params }: { children: React.ReactNode; params: Promise<{ org: string }> }) {
  const { org } = await params;
  const ctx = await requireOrgPage(org);
  const [orgs, user] = await Promise.all([listUserOrgs(ctx.userId), db.user.findUnique({ where: { id: ctx.userId }, select: { name: true, email: true, emailVerified: true } })]);
  return (
    <div className="flex min-h-screen">
      <aside className="sticky top-0 hidden h-screen w-60 shrink-0 flex-col border-r border-gray-200 bg-white px-3 py-4 md:flex">
        <Link href={`/${ctx.slug}`} className="mb-4 flex items-center gap-2 px-2 text-base font-semibold">
          <span className="grid h-7 w-7 place-items-center rounded-md bg-brand-600 text-sm text-white">F</span> Frontdesk
        </Link>
        <div className="mb-4 px-1">
          <OrgSwitcher current={ctx.slug} orgs={orgs.map((m) => m.org)} />
        </div>
        <Sidebar slug={ctx.slug} />
        <div className="mt-auto border-t border-gray-200 px-2 pt-3 text-sm">
          <p className="truncate font-medium text-gray-900">{user?.name ?? user?.email}</p>
          <p className="truncate text-xs text-gray-500">
            {user?.email} · {ctx.role.toLowerCase()}
          </p>
          <form action={signOutAction}>
            <button type="submit" className="mt-2 text-sm text-gray-600 hover:text-gray-900 hover:underline">
              Sign out
            </button>
          </form>
        </div>
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="flex items-center justify-between border-b border-gray-200 bg-white px-4 py-3 md:hidden">
          <span className="font-semibold">{ctx.name}</span>
          <form action={signOutAction}>
            <button type="submit" className="text-sm text-gray-600">
              Sign out
            </button>
          </form>
        </header>
        <div className="overflow-x-auto border-b border-gray-200 bg-white px-2 py-1 md:hidden">
          <Sidebar slug={ctx.slug} horizontal />
        </div>
        {user && !user.emailVerified && <VerifyEmailBanner slug={ctx.slug} email={user.email} />}
        <main className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-8">{children}</main>
      </div>
    </div>
  );
}
