-- Telegram bots: bots with encrypted tokens, flows and their immutable published versions,
-- subscribers (one per chat, linked to a Customer), the message log, processed update ids
-- (exactly-once), broadcasts with one delivery row per recipient, drip sequences.

CREATE TYPE "BotStatus" AS ENUM ('ACTIVE', 'WEBHOOK_REMOVED', 'DISCONNECTED', 'DEMO');
CREATE TYPE "BotSubscriberStatus" AS ENUM ('ACTIVE', 'BLOCKED', 'UNSUBSCRIBED');
CREATE TYPE "MessageDirection" AS ENUM ('IN', 'OUT');
CREATE TYPE "BotMessageStatus" AS ENUM ('RECEIVED', 'PENDING', 'SENT', 'FAILED');
CREATE TYPE "BroadcastStatus" AS ENUM ('DRAFT', 'SCHEDULED', 'SENDING', 'PAUSED', 'DONE', 'CANCELED');
CREATE TYPE "DeliveryStatus" AS ENUM ('PENDING', 'SENDING', 'SENT', 'FAILED', 'BLOCKED');

CREATE TABLE "Bot" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "telegramBotId" BIGINT NOT NULL,
    "username" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "tokenEncrypted" TEXT,
    "webhookSecret" TEXT NOT NULL,
    "welcomeText" TEXT NOT NULL DEFAULT '',
    "commands" JSONB NOT NULL DEFAULT '[]',
    "status" "BotStatus" NOT NULL DEFAULT 'ACTIVE',
    "webhookSetAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "Bot_pkey" PRIMARY KEY ("id"),
    -- A connected bot always has its token; only a disconnected or demo bot may lack one.
    CONSTRAINT "Bot_token_check" CHECK ("tokenEncrypted" IS NOT NULL OR "status" IN ('DISCONNECTED', 'DEMO'))
);

CREATE TABLE "Flow" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "botId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "draftGraph" JSONB NOT NULL,
    "publishedVersion" INTEGER,
    "publishedAt" TIMESTAMP(3),
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "Flow_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "FlowVersion" (
    "flowId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "graph" JSONB NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedById" TEXT,
    CONSTRAINT "FlowVersion_pkey" PRIMARY KEY ("flowId", "version"),
    CONSTRAINT "FlowVersion_version_check" CHECK ("version" >= 1)
);

CREATE TABLE "BotSubscriber" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "botId" TEXT NOT NULL,
    "chatId" BIGINT NOT NULL,
    "telegramUserId" BIGINT NOT NULL,
    "customerId" TEXT,
    "firstName" TEXT NOT NULL DEFAULT '',
    "lastName" TEXT,
    "username" TEXT,
    "languageCode" TEXT,
    "status" "BotSubscriberStatus" NOT NULL DEFAULT 'ACTIVE',
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "variables" JSONB NOT NULL DEFAULT '{}',
    "conversationState" JSONB,
    "handedOff" BOOLEAN NOT NULL DEFAULT false,
    "handedOffAt" TIMESTAMP(3),
    "unreadCount" INTEGER NOT NULL DEFAULT 0,
    "lastMessageAt" TIMESTAMP(3),
    "lastMessageText" TEXT,
    "lastInteractionAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "blockedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "BotSubscriber_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "BotSubscriber_unreadCount_check" CHECK ("unreadCount" >= 0)
);

CREATE TABLE "BotMessage" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "botId" TEXT NOT NULL,
    "subscriberId" TEXT NOT NULL,
    "direction" "MessageDirection" NOT NULL,
    "status" "BotMessageStatus" NOT NULL DEFAULT 'RECEIVED',
    "text" TEXT NOT NULL DEFAULT '',
    "payload" JSONB,
    "telegramMessageId" INTEGER,
    "error" TEXT,
    "sentByUserId" TEXT,
    "broadcastId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "BotMessage_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "TelegramUpdate" (
    "botId" TEXT NOT NULL,
    "updateId" BIGINT NOT NULL,
    "chatId" BIGINT,
    "payload" JSONB NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processedAt" TIMESTAMP(3),
    "error" TEXT,
    CONSTRAINT "TelegramUpdate_pkey" PRIMARY KEY ("botId", "updateId")
);

CREATE TABLE "Broadcast" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "botId" TEXT NOT NULL,
    "name" TEXT NOT NULL DEFAULT '',
    "status" "BroadcastStatus" NOT NULL DEFAULT 'DRAFT',
    "text" TEXT NOT NULL,
    "imageUrl" TEXT,
    "buttons" JSONB NOT NULL DEFAULT '[]',
    "audience" JSONB NOT NULL DEFAULT '{}',
    "scheduledAt" TIMESTAMP(3),
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "totalCount" INTEGER NOT NULL DEFAULT 0,
    "sentCount" INTEGER NOT NULL DEFAULT 0,
    "failedCount" INTEGER NOT NULL DEFAULT 0,
    "blockedCount" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "Broadcast_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Broadcast_counts_check" CHECK ("totalCount" >= 0 AND "sentCount" >= 0 AND "failedCount" >= 0 AND "blockedCount" >= 0)
);

CREATE TABLE "BroadcastDelivery" (
    "id" TEXT NOT NULL,
    "broadcastId" TEXT NOT NULL,
    "subscriberId" TEXT NOT NULL,
    "status" "DeliveryStatus" NOT NULL DEFAULT 'PENDING',
    "claimedAt" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "telegramMessageId" INTEGER,
    "sentAt" TIMESTAMP(3),
    CONSTRAINT "BroadcastDelivery_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "DripSequence" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "botId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "triggerTag" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "DripSequence_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "DripStep" (
    "id" TEXT NOT NULL,
    "sequenceId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "delayMinutes" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "imageUrl" TEXT,
    CONSTRAINT "DripStep_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "DripStep_delayMinutes_check" CHECK ("delayMinutes" >= 0)
);

CREATE TABLE "DripEnrollment" (
    "id" TEXT NOT NULL,
    "sequenceId" TEXT NOT NULL,
    "subscriberId" TEXT NOT NULL,
    "nextStep" INTEGER NOT NULL DEFAULT 0,
    "nextAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DripEnrollment_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "Bot_telegramBotId_key" ON "Bot"("telegramBotId");
CREATE UNIQUE INDEX "Bot_orgId_id_key" ON "Bot"("orgId", "id");
CREATE INDEX "Bot_orgId_idx" ON "Bot"("orgId");
CREATE UNIQUE INDEX "Flow_orgId_id_key" ON "Flow"("orgId", "id");
CREATE INDEX "Flow_botId_position_idx" ON "Flow"("botId", "position");
CREATE UNIQUE INDEX "BotSubscriber_botId_chatId_key" ON "BotSubscriber"("botId", "chatId");
CREATE UNIQUE INDEX "BotSubscriber_orgId_id_key" ON "BotSubscriber"("orgId", "id");
CREATE INDEX "BotSubscriber_botId_lastMessageAt_idx" ON "BotSubscriber"("botId", "lastMessageAt" DESC);
CREATE INDEX "BotSubscriber_botId_status_idx" ON "BotSubscriber"("botId", "status");
CREATE INDEX "BotSubscriber_customerId_idx" ON "BotSubscriber"("customerId");
CREATE INDEX "BotSubscriber_tags_idx" ON "BotSubscriber" USING GIN ("tags");
CREATE INDEX "BotMessage_subscriberId_createdAt_idx" ON "BotMessage"("subscriberId", "createdAt");
CREATE INDEX "BotMessage_botId_createdAt_idx" ON "BotMessage"("botId", "createdAt");
CREATE INDEX "BotMessage_broadcastId_idx" ON "BotMessage"("broadcastId");
CREATE UNIQUE INDEX "Broadcast_orgId_id_key" ON "Broadcast"("orgId", "id");
CREATE INDEX "Broadcast_botId_createdAt_idx" ON "Broadcast"("botId", "createdAt");
CREATE INDEX "Broadcast_status_scheduledAt_idx" ON "Broadcast"("status", "scheduledAt");
CREATE UNIQUE INDEX "BroadcastDelivery_broadcastId_subscriberId_key" ON "BroadcastDelivery"("broadcastId", "subscriberId");
CREATE INDEX "BroadcastDelivery_broadcastId_status_idx" ON "BroadcastDelivery"("broadcastId", "status");
CREATE INDEX "BroadcastDelivery_subscriberId_idx" ON "BroadcastDelivery"("subscriberId");
CREATE UNIQUE INDEX "DripSequence_orgId_id_key" ON "DripSequence"("orgId", "id");
CREATE INDEX "DripSequence_botId_triggerTag_idx" ON "DripSequence"("botId", "triggerTag");
CREATE UNIQUE INDEX "DripStep_sequenceId_position_key" ON "DripStep"("sequenceId", "position");
CREATE UNIQUE INDEX "DripEnrollment_sequenceId_subscriberId_key" ON "DripEnrollment"("sequenceId", "subscriberId");
CREATE INDEX "DripEnrollment_nextAt_idx" ON "DripEnrollment"("nextAt");
CREATE INDEX "DripEnrollment_subscriberId_idx" ON "DripEnrollment"("subscriberId");

ALTER TABLE "Bot" ADD CONSTRAINT "Bot_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Flow" ADD CONSTRAINT "Flow_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Flow" ADD CONSTRAINT "Flow_orgId_botId_fkey" FOREIGN KEY ("orgId", "botId") REFERENCES "Bot"("orgId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "FlowVersion" ADD CONSTRAINT "FlowVersion_flowId_fkey" FOREIGN KEY ("flowId") REFERENCES "Flow"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "BotSubscriber" ADD CONSTRAINT "BotSubscriber_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "BotSubscriber" ADD CONSTRAINT "BotSubscriber_orgId_botId_fkey" FOREIGN KEY ("orgId", "botId") REFERENCES "Bot"("orgId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
-- The customer is in the subscriber's org; deleting the customer unlinks the subscriber only.
ALTER TABLE "BotSubscriber" ADD CONSTRAINT "BotSubscriber_orgId_customerId_fkey" FOREIGN KEY ("orgId", "customerId") REFERENCES "Customer"("orgId", "id") ON DELETE SET NULL ("customerId") ON UPDATE CASCADE;
ALTER TABLE "BotMessage" ADD CONSTRAINT "BotMessage_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "BotMessage" ADD CONSTRAINT "BotMessage_orgId_botId_fkey" FOREIGN KEY ("orgId", "botId") REFERENCES "Bot"("orgId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "BotMessage" ADD CONSTRAINT "BotMessage_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "BotSubscriber"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "BotMessage" ADD CONSTRAINT "BotMessage_sentByUserId_fkey" FOREIGN KEY ("sentByUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "BotMessage" ADD CONSTRAINT "BotMessage_broadcastId_fkey" FOREIGN KEY ("broadcastId") REFERENCES "Broadcast"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "TelegramUpdate" ADD CONSTRAINT "TelegramUpdate_botId_fkey" FOREIGN KEY ("botId") REFERENCES "Bot"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Broadcast" ADD CONSTRAINT "Broadcast_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Broadcast" ADD CONSTRAINT "Broadcast_orgId_botId_fkey" FOREIGN KEY ("orgId", "botId") REFERENCES "Bot"("orgId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "BroadcastDelivery" ADD CONSTRAINT "BroadcastDelivery_broadcastId_fkey" FOREIGN KEY ("broadcastId") REFERENCES "Broadcast"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "BroadcastDelivery" ADD CONSTRAINT "BroadcastDelivery_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "BotSubscriber"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "DripSequence" ADD CONSTRAINT "DripSequence_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "DripSequence" ADD CONSTRAINT "DripSequence_orgId_botId_fkey" FOREIGN KEY ("orgId", "botId") REFERENCES "Bot"("orgId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "DripStep" ADD CONSTRAINT "DripStep_sequenceId_fkey" FOREIGN KEY ("sequenceId") REFERENCES "DripSequence"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "DripEnrollment" ADD CONSTRAINT "DripEnrollment_sequenceId_fkey" FOREIGN KEY ("sequenceId") REFERENCES "DripSequence"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "DripEnrollment" ADD CONSTRAINT "DripEnrollment_subscriberId_fkey" FOREIGN KEY ("subscriberId") REFERENCES "BotSubscriber"("id") ON DELETE CASCADE ON UPDATE CASCADE;
