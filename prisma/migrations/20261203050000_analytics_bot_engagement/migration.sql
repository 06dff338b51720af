-- Bot engagement in analytics: each scored customer's messages to the bot in the last 90 days
-- (a k-means feature), and Telegram broadcasts recorded as campaigns (one campaign per broadcast).
ALTER TABLE "CustomerScore" ADD COLUMN "botMessages90d" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "Campaign" ADD COLUMN "broadcastId" TEXT;
CREATE UNIQUE INDEX "Campaign_broadcastId_key" ON "Campaign"("broadcastId");
ALTER TABLE "Campaign" ADD CONSTRAINT "Campaign_broadcastId_fkey" FOREIGN KEY ("broadcastId") REFERENCES "Broadcast"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The recompute counts an org's incoming messages in a window.
CREATE INDEX "BotMessage_orgId_createdAt_idx" ON "BotMessage"("orgId", "createdAt");
