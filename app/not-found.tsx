import { ButtonLink } from "@/components/ui/button";

export default function NotFound() {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center px-6 text-center">
      <p className="text-sm font-semibold text-brand-600">404</p>
      <h1 className="mt-2 text-2xl font-semibold text-gray-900">Page not found</h1>
      <p className="mt-2 max-w-md text-sm text-gray-600">It does not exist, or your account has no access to it.</p>
      <ButtonLink href="/" className="mt-6" variant="secondary">
        Back to Frontdesk
      </ButtonLink>
    </main>
  );
}
