-- A sandbox bot: tried in the dashboard's simulator before a real bot is connected. It has no
-- token and never talks to Telegram; its replies are recorded as BotMessages.
ALTER TYPE "BotStatus" ADD VALUE 'SANDBOX';
