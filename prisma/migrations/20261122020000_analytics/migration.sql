-- Analytics: precomputed customer scores, recompute runs, segments, campaigns and their daily metrics.

CREATE TYPE "ChurnRisk" AS ENUM ('LOW', 'MEDIUM', 'HIGH');
CREATE TYPE "AnalyticsRunStatus" AS ENUM ('QUEUED', 'RUNNING', 'DONE', 'FAILED');

CREATE TABLE "CustomerScore" (
    "customerId" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "orders" INTEGER NOT NULL,
    "totalSpent" INTEGER NOT NULL,
    "frequency" INTEGER NOT NULL,
    "recencyDays" DOUBLE PRECISION NOT NULL,
    "tenureDays" DOUBLE PRECISION NOT NULL,
    "monetaryValue" DOUBLE PRECISION NOT NULL,
    "lastOrderAt" TIMESTAMP(3),
    "recencyScore" INTEGER NOT NULL,
    "frequencyScore" INTEGER NOT NULL,
    "monetaryScore" INTEGER NOT NULL,
    "rfmSegment" TEXT NOT NULL,
    "cluster" INTEGER,
    "pAlive" DOUBLE PRECISION,
    "expectedPurchases90d" DOUBLE PRECISION,
    "expectedOrderValue" DOUBLE PRECISION,
    "clv12m" DOUBLE PRECISION,
    "churnRisk" "ChurnRisk",
    "computedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "CustomerScore_pkey" PRIMARY KEY ("customerId")
);

CREATE TABLE "AnalyticsRun" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "status" "AnalyticsRunStatus" NOT NULL DEFAULT 'QUEUED',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "stage" TEXT,
    "summary" JSONB,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    CONSTRAINT "AnalyticsRun_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Segment" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "definition" JSONB NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "Segment_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Campaign" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "dailyBudget" INTEGER,
    "startsOn" TIMESTAMP(3),
    "endsOn" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "Campaign_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "CampaignMetric" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "date" TIMESTAMP(3) NOT NULL,
    "impressions" INTEGER NOT NULL DEFAULT 0,
    "clicks" INTEGER NOT NULL DEFAULT 0,
    "conversions" INTEGER NOT NULL DEFAULT 0,
    "cost" INTEGER NOT NULL DEFAULT 0,
    "revenue" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "CampaignMetric_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "CustomerScore_orgId_customerId_key" ON "CustomerScore"("orgId", "customerId");
CREATE INDEX "CustomerScore_orgId_rfmSegment_idx" ON "CustomerScore"("orgId", "rfmSegment");
CREATE INDEX "CustomerScore_orgId_cluster_idx" ON "CustomerScore"("orgId", "cluster");
CREATE INDEX "CustomerScore_orgId_churnRisk_idx" ON "CustomerScore"("orgId", "churnRisk");
CREATE INDEX "CustomerScore_orgId_clv12m_idx" ON "CustomerScore"("orgId", "clv12m");
CREATE INDEX "AnalyticsRun_orgId_createdAt_idx" ON "AnalyticsRun"("orgId", "createdAt");
CREATE UNIQUE INDEX "Segment_orgId_name_key" ON "Segment"("orgId", "name");
CREATE UNIQUE INDEX "Campaign_orgId_name_key" ON "Campaign"("orgId", "name");
CREATE UNIQUE INDEX "Campaign_orgId_id_key" ON "Campaign"("orgId", "id");
CREATE UNIQUE INDEX "CampaignMetric_campaignId_date_key" ON "CampaignMetric"("campaignId", "date");
CREATE INDEX "CampaignMetric_orgId_date_idx" ON "CampaignMetric"("orgId", "date");

ALTER TABLE "CustomerScore" ADD CONSTRAINT "CustomerScore_orgId_customerId_fkey" FOREIGN KEY ("orgId", "customerId") REFERENCES "Customer"("orgId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "CustomerScore" ADD CONSTRAINT "CustomerScore_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "AnalyticsRun" ADD CONSTRAINT "AnalyticsRun_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Segment" ADD CONSTRAINT "Segment_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Campaign" ADD CONSTRAINT "Campaign_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "CampaignMetric" ADD CONSTRAINT "CampaignMetric_orgId_campaignId_fkey" FOREIGN KEY ("orgId", "campaignId") REFERENCES "Campaign"("orgId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "CampaignMetric" ADD CONSTRAINT "CampaignMetric_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
