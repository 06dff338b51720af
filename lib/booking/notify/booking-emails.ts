import { escape, layout } from "@/lib/email/templates";
import { formatMoney } from "@/lib/format";
import { formatBookingTime, type BookingDetails } from "../admin/load-booking-details";

// The client's booking emails: confirmation (or request received / awaiting payment),
// cancellation and new time. Times in the client's zone and the business's.
type Kind = "confirmation" | "canceled" | "rescheduled";

export function bookingEmail(kind: Kind, booking: BookingDetails, links: { manageUrl: string }) {
  const { service, org, staffMember } = booking;
  const yours = formatBookingTime(booking.startsAt, booking.clientTimeZone);
  const business = formatBookingTime(booking.startsAt, org.timezone);
  const heading = headingOf(kind, booking);
  const rows: [string, string][] = [
    ["Service", `${service.name} (${service.durationMinutes} min${service.price > 0 ? `, ${formatMoney(service.price, service.currency)}` : ""})`],
    ["With", staffMember.name],
    ["When (your time)", `${yours} (${booking.clientTimeZone})`],
    ["When (business time)", `${business} (${org.timezone})`],
  ];
  if (booking.clientNotes) rows.push(["Your notes", booking.clientNotes]);
  if (kind === "canceled" && booking.cancelReason) rows.push(["Reason", booking.cancelReason]);
  const table = `<table style="border-collapse:collapse;font-size:14px;margin:12px 0">${rows.map(([k, v]) => `<tr><td style="color:#6b7280;padding:4px 12px 4px 0;vertical-align:top">${escape(k)}</td><td style="padding:4px 0">${escape(v)}</td></tr>`).join("")}</table>`;
  const intro = `<p>Hi ${escape(booking.clientName)},</p><p>${escape(introOf(kind, booking))}</p>`;
  const action = kind === "canceled" ? undefined : { label: "Cancel or reschedule", url: links.manageUrl };
  return {
    subject: `${heading}: ${service.name}, ${yours}`,
    html: layout(heading, intro + table + (kind === "canceled" ? "" : `<p style="font-size:13px;color:#6b7280">The calendar invite is attached.</p>`), action),
    text: [`Hi ${booking.clientName},`, "", introOf(kind, booking), "", ...rows.map(([k, v]) => `${k}: ${v}`), ...(action ? ["", `Cancel or reschedule: ${links.manageUrl}`] : [])].join("\n"),
  };
}

function headingOf(kind: Kind, booking: BookingDetails): string {
  if (kind === "canceled") return "Booking canceled";
  if (kind === "rescheduled") return "Booking moved";
  if (booking.status === "PENDING_CONFIRMATION") return "Booking request received";
  if (booking.status === "PENDING_PAYMENT") return "Booking awaiting payment";
  return "Booking confirmed";
}

function introOf(kind: Kind, booking: BookingDetails): string {
  const at = booking.org.name;
  if (kind === "canceled") return `Your booking at ${at} has been canceled${booking.canceledBy === "staff" ? " by the business" : ""}. The time is free again.`;
  if (kind === "rescheduled") return `Your booking at ${at} has moved to a new time.`;
  if (booking.status === "PENDING_CONFIRMATION") return `${at} has received your booking request and will confirm it soon.`;
  return `Your booking at ${at} is confirmed.`;
}
