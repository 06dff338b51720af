// Helpers for integration tests that call server actions (not a test file itself).
import { expect } from "vitest";

/** The path a server action redirected to (redirect() throws a NEXT_REDIRECT error); fails when it did not redirect. */
export async function redirectOf(promise: Promise<unknown>): Promise<string> {
  const err = (await promise.then(
    (result) => Promise.reject(new Error(`expected a redirect, got ${JSON.stringify(result)}`)),
    (e: unknown) => e,
  )) as { digest?: string };
  if (typeof err.digest !== "string") throw err;
  expect(err.digest).toMatch(/^NEXT_REDIRECT/);
  return err.digest.split(";")[2];
}

/** An action's state that refused the input, optionally with a message matching `message`. */
export function expectRefused(state: unknown, message?: RegExp) {
  expect(state).toMatchObject({ ok: false });
  if (message) expect((state as { message: string }).message).toMatch(message);
}

/** Form fields without the ones a case leaves out (`undefined`: the field is missing from the form). */
export function presentFields(fields: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Record<string, string>;
}

/** An action's state that refused the input with an error on `field`. */
export function expectFieldError(state: unknown, field: string) {
  expectRefused(state);
  expect((state as { fieldErrors?: Record<string, unknown> }).fieldErrors?.[field]).toBeTruthy();
}
