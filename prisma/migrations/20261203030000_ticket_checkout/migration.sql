-- Ticket checkout: who each held seat is for (until tickets are issued at payment) and the
-- signed bot subscriber reference of a buyer who came from the Telegram bot.
ALTER TABLE "Order" ADD COLUMN "attendees" JSONB;
ALTER TABLE "Order" ADD COLUMN "botRef" TEXT;
