"use client";
import { Button } from "@/components/ui/button";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <main className="flex min-h-[60vh] flex-col items-center justify-center px-6 text-center">
      <h1 className="text-2xl font-semibold text-gray-900">Something went wrong</h1>
      <p className="mt-2 max-w-md text-sm text-gray-600">Nothing you entered was lost on our side. Try again in a moment.</p>
      <Button className="mt-6" variant="secondary" onClick={reset}>
        Try again
      </Button>
    </main>
  );
}
