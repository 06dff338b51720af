import { vi } from "vitest";

// Unit tests have no database: a port nothing listens on makes any stray query fail at once.
process.env.DATABASE_URL = "postgresql://frontdesk:frontdesk@127.0.0.1:1/no_database_in_unit_tests";
process.env.AUTH_SECRET ??= "test-secret-test-secret-test-secret";
process.env.APP_URL ??= "http://localhost:3000";
process.env.BOT_TOKEN_KEY ??= "ZnJvbnRkZXNrLXRlc3QtYm90LXRva2VuLWtleS0zMmI=";
delete process.env.RESEND_API_KEY;

vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));
