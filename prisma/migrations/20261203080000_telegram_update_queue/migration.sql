-- The worker drains the webhook's updates from this table itself (no job per update): a partial
-- index over what is still waiting, per chat in update_id order, keeps finding them cheap however
-- long the processed history grows.
CREATE INDEX "TelegramUpdate_botId_chatId_updateId_idx" ON "TelegramUpdate" ("botId", "chatId", "updateId") WHERE "processedAt" IS NULL;
