import { randomBytes } from "node:crypto";
import { appUrl } from "@/lib/shared/app-url";

// A ticket's code is its secret: 128 random bits as base64url (22 characters), so it can be
// neither guessed nor enumerated. It is what the QR code and the /t/<code> link carry.
export const TICKET_CODE = /^[A-Za-z0-9_-]{22}$/;

export function generateTicketCode(): string {
  return randomBytes(16).toString("base64url");
}

export function ticketUrl(code: string): string {
  return appUrl(`/t/${code}`);
}
