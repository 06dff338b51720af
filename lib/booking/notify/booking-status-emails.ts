import { escape, layout } from "@/lib/email/templates";
import { formatBookingTime } from "../admin/load-booking-details";

// The status emails the dashboard sends a client about their booking: confirmed or declined by the
// business, and the reminder before the visit. Times are in the client's own time zone.
export type BookingEmailInfo = {
  orgName: string;
  serviceName: string;
  staffName: string;
  startsAt: Date;
  clientName: string;
  clientTimeZone: string;
  /** A signed link where the client can cancel or reschedule, when one exists. */
  manageUrl?: string | null;
};

function details(info: BookingEmailInfo) {
  const when = `${formatBookingTime(info.startsAt, info.clientTimeZone)} (${info.clientTimeZone})`;
  return {
    when,
    html: `<p><b>${escape(info.serviceName)}</b> with ${escape(info.staffName)}<br>${escape(when)}</p>`,
    text: `${info.serviceName} with ${info.staffName}\n${when}`,
  };
}

const manage = (info: BookingEmailInfo) => (info.manageUrl ? { label: "Manage booking", url: info.manageUrl } : undefined);

export function bookingConfirmedEmail(info: BookingEmailInfo) {
  const d = details(info);
  return {
    subject: `Confirmed: ${info.serviceName} with ${info.orgName}`,
    html: layout("Your booking is confirmed", `<p>Hi ${escape(info.clientName)}, ${escape(info.orgName)} confirmed your booking.</p>${d.html}`, manage(info)),
    text: `Hi ${info.clientName}, ${info.orgName} confirmed your booking.\n${d.text}${info.manageUrl ? `\nManage: ${info.manageUrl}` : ""}`,
  };
}

export function bookingDeclinedEmail(info: BookingEmailInfo) {
  const d = details(info);
  return {
    subject: `Declined: ${info.serviceName} with ${info.orgName}`,
    html: layout("Your booking request was declined", `<p>Hi ${escape(info.clientName)}, sorry: ${escape(info.orgName)} cannot take this booking.</p>${d.html}<p>You are welcome to pick another time.</p>`),
    text: `Hi ${info.clientName}, sorry: ${info.orgName} cannot take this booking.\n${d.text}\nYou are welcome to pick another time.`,
  };
}

/** "in 24 hours", "in 1 hour", "in 30 minutes". */
export function describeOffset(minutes: number): string {
  if (minutes % 1440 === 0) return minutes === 1440 ? "tomorrow" : `in ${minutes / 1440} days`;
  if (minutes % 60 === 0) return minutes === 60 ? "in 1 hour" : `in ${minutes / 60} hours`;
  return `in ${minutes} minutes`;
}

export function bookingReminderEmail(info: BookingEmailInfo & { offsetMinutes: number }) {
  const d = details(info);
  const soon = describeOffset(info.offsetMinutes);
  return {
    subject: `Reminder: ${info.serviceName} ${soon}`,
    html: layout(`See you ${soon}`, `<p>Hi ${escape(info.clientName)}, a reminder of your booking with ${escape(info.orgName)}.</p>${d.html}`, manage(info)),
    text: `Hi ${info.clientName}, a reminder of your booking with ${info.orgName}.\n${d.text}${info.manageUrl ? `\nManage: ${info.manageUrl}` : ""}`,
  };
}
