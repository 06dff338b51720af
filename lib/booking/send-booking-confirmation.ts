// Emails the client their booking (details, .ics invite, signed cancel/reschedule links).
// INTERFACE STUB: the public booking work replaces the body.
export async function sendBookingConfirmation(_bookingId: string): Promise<void> {}
