import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";

/** Awaits a domain read; its NOT_FOUND (missing or another org's id) becomes the 404 page. */
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (err) {
    if (err instanceof AppError && err.code === "NOT_FOUND") notFound();
    throw err;
  }
}
