-- Bookings made from a link the Telegram bot sent keep its verified, signed subscriber reference
-- (like Order.botRef for tickets): the confirmation, status changes and reminders go to that chat.
ALTER TABLE "Booking" ADD COLUMN "botRef" TEXT;
