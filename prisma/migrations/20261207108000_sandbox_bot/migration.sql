-- A sandbox bot: tried in the dashboard's simulator before a real bot is connected. It has no
-- token and never talks to Telegram; its replies are recorded as BotMessages.
ALTER TYPE "BotStatus" ADD VALUE 'SANDBOX';

-- A sandbox has no token, like a demo or a disconnected bot. (Compared as text: a value added by
-- ALTER TYPE cannot be used as an enum literal in the transaction that adds it.)
ALTER TABLE "Bot" DROP CONSTRAINT "Bot_token_check";
ALTER TABLE "Bot" ADD CONSTRAINT "Bot_token_check" CHECK ("tokenEncrypted" IS NOT NULL OR "status"::text IN ('DISCONNECTED', 'DEMO', 'SANDBOX'));
