-- Ticketing: venues, events with a review workflow and its history, lineups, ticket types whose
-- sold + held never exceeds capacity (a CHECK the database enforces), promo codes, ticket order
-- lines and tickets; ticket columns on Order. References inside an org are NO ACTION rather than
-- RESTRICT so that deleting an organization, which cascades to both sides, passes in one statement.

CREATE TYPE "EventStatus" AS ENUM ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'CANCELED');
CREATE TYPE "PromoKind" AS ENUM ('PERCENT', 'AMOUNT');
CREATE TYPE "TicketStatus" AS ENUM ('VALID', 'CHECKED_IN', 'VOID');

CREATE TABLE "Venue" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "capacity" INTEGER,
    "timeZone" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "Venue_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Venue_capacity_check" CHECK ("capacity" IS NULL OR "capacity" > 0)
);

CREATE TABLE "Event" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "venueId" TEXT,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "coverImagePath" TEXT,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "timeZone" TEXT NOT NULL,
    "status" "EventStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "canceledAt" TIMESTAMP(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "Event_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Event_times_check" CHECK ("startsAt" < "endsAt")
);

CREATE TABLE "EventStatusChange" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "fromStatus" "EventStatus",
    "toStatus" "EventStatus" NOT NULL,
    "note" TEXT,
    "byUserId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "EventStatusChange_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "LineupItem" (
    "id" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "bio" TEXT,
    "imagePath" TEXT,
    "notes" TEXT,
    CONSTRAINT "LineupItem_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "TicketType" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "price" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "capacity" INTEGER NOT NULL,
    "sold" INTEGER NOT NULL DEFAULT 0,
    "held" INTEGER NOT NULL DEFAULT 0,
    "saleStartsAt" TIMESTAMP(3),
    "saleEndsAt" TIMESTAMP(3),
    "maxPerOrder" INTEGER NOT NULL DEFAULT 10,
    "hidden" BOOLEAN NOT NULL DEFAULT false,
    "unlockCode" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "TicketType_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "TicketType_price_check" CHECK ("price" >= 0),
    CONSTRAINT "TicketType_capacity_check" CHECK ("capacity" >= 0),
    CONSTRAINT "TicketType_sold_check" CHECK ("sold" >= 0),
    CONSTRAINT "TicketType_held_check" CHECK ("held" >= 0),
    -- No overselling (invariant 2): checkout holds seats with
    -- UPDATE ... SET held = held + n WHERE id = $1 AND sold + held + n <= capacity; this is the backstop.
    CONSTRAINT "TicketType_no_oversell" CHECK ("sold" + "held" <= "capacity"),
    CONSTRAINT "TicketType_maxPerOrder_check" CHECK ("maxPerOrder" >= 1),
    CONSTRAINT "TicketType_sale_window_check" CHECK ("saleStartsAt" IS NULL OR "saleEndsAt" IS NULL OR "saleStartsAt" < "saleEndsAt")
);

CREATE TABLE "PromoCode" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "eventId" TEXT,
    "code" TEXT NOT NULL,
    "kind" "PromoKind" NOT NULL,
    "value" INTEGER NOT NULL,
    "maxRedemptions" INTEGER,
    "redemptions" INTEGER NOT NULL DEFAULT 0,
    "expiresAt" TIMESTAMP(3),
    "active" BOOLEAN NOT NULL DEFAULT true,
    "segmentId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "PromoCode_pkey" PRIMARY KEY ("id"),
    -- Codes are matched case-insensitively: stored upper-case, unique per org.
    CONSTRAINT "PromoCode_code_check" CHECK ("code" = upper("code")),
    CONSTRAINT "PromoCode_value_check" CHECK ("value" > 0),
    CONSTRAINT "PromoCode_percent_check" CHECK ("kind" <> 'PERCENT' OR "value" BETWEEN 1 AND 100),
    CONSTRAINT "PromoCode_redemptions_check" CHECK ("redemptions" >= 0 AND ("maxRedemptions" IS NULL OR "redemptions" <= "maxRedemptions")),
    CONSTRAINT "PromoCode_maxRedemptions_check" CHECK ("maxRedemptions" IS NULL OR "maxRedemptions" > 0)
);

CREATE TABLE "OrderItem" (
    "id" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "ticketTypeId" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "unitPrice" INTEGER NOT NULL,
    "discount" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "OrderItem_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "OrderItem_amounts_check" CHECK ("quantity" > 0 AND "unitPrice" >= 0 AND "discount" >= 0)
);

CREATE TABLE "Ticket" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "ticketTypeId" TEXT NOT NULL,
    "orderId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "attendeeName" TEXT NOT NULL,
    "attendeeEmail" TEXT NOT NULL,
    "amountPaid" INTEGER NOT NULL,
    "status" "TicketStatus" NOT NULL DEFAULT 'VALID',
    "checkedInAt" TIMESTAMP(3),
    "checkedInById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Ticket_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Ticket_amountPaid_check" CHECK ("amountPaid" >= 0)
);

ALTER TABLE "Order" ADD COLUMN "eventId" TEXT,
ADD COLUMN "promoCodeId" TEXT,
ADD COLUMN "discount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN "holdExpiresAt" TIMESTAMP(3),
ADD COLUMN "buyerName" TEXT,
ADD COLUMN "buyerEmail" TEXT;

CREATE UNIQUE INDEX "Order_orgId_id_key" ON "Order"("orgId", "id");
CREATE INDEX "Order_eventId_idx" ON "Order"("eventId");
CREATE INDEX "Order_status_holdExpiresAt_idx" ON "Order"("status", "holdExpiresAt");
CREATE UNIQUE INDEX "Venue_orgId_id_key" ON "Venue"("orgId", "id");
CREATE INDEX "Venue_orgId_name_idx" ON "Venue"("orgId", "name");
CREATE UNIQUE INDEX "Event_slug_key" ON "Event"("slug");
CREATE UNIQUE INDEX "Event_orgId_id_key" ON "Event"("orgId", "id");
CREATE INDEX "Event_orgId_startsAt_idx" ON "Event"("orgId", "startsAt");
CREATE INDEX "Event_orgId_status_idx" ON "Event"("orgId", "status");
CREATE INDEX "Event_venueId_idx" ON "Event"("venueId");
CREATE INDEX "EventStatusChange_eventId_createdAt_idx" ON "EventStatusChange"("eventId", "createdAt");
CREATE INDEX "LineupItem_eventId_position_idx" ON "LineupItem"("eventId", "position");
CREATE UNIQUE INDEX "TicketType_orgId_id_key" ON "TicketType"("orgId", "id");
CREATE INDEX "TicketType_eventId_position_idx" ON "TicketType"("eventId", "position");
CREATE UNIQUE INDEX "PromoCode_orgId_code_key" ON "PromoCode"("orgId", "code");
CREATE UNIQUE INDEX "PromoCode_orgId_id_key" ON "PromoCode"("orgId", "id");
CREATE INDEX "PromoCode_eventId_idx" ON "PromoCode"("eventId");
CREATE INDEX "OrderItem_orderId_idx" ON "OrderItem"("orderId");
CREATE INDEX "OrderItem_ticketTypeId_idx" ON "OrderItem"("ticketTypeId");
CREATE UNIQUE INDEX "Ticket_code_key" ON "Ticket"("code");
CREATE INDEX "Ticket_eventId_status_idx" ON "Ticket"("eventId", "status");
CREATE INDEX "Ticket_orderId_idx" ON "Ticket"("orderId");
CREATE INDEX "Ticket_ticketTypeId_idx" ON "Ticket"("ticketTypeId");

ALTER TABLE "Venue" ADD CONSTRAINT "Venue_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Event" ADD CONSTRAINT "Event_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Event" ADD CONSTRAINT "Event_orgId_venueId_fkey" FOREIGN KEY ("orgId", "venueId") REFERENCES "Venue"("orgId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "EventStatusChange" ADD CONSTRAINT "EventStatusChange_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "EventStatusChange" ADD CONSTRAINT "EventStatusChange_byUserId_fkey" FOREIGN KEY ("byUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "LineupItem" ADD CONSTRAINT "LineupItem_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "TicketType" ADD CONSTRAINT "TicketType_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "TicketType" ADD CONSTRAINT "TicketType_orgId_eventId_fkey" FOREIGN KEY ("orgId", "eventId") REFERENCES "Event"("orgId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "PromoCode" ADD CONSTRAINT "PromoCode_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "PromoCode" ADD CONSTRAINT "PromoCode_orgId_eventId_fkey" FOREIGN KEY ("orgId", "eventId") REFERENCES "Event"("orgId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "PromoCode" ADD CONSTRAINT "PromoCode_segmentId_fkey" FOREIGN KEY ("segmentId") REFERENCES "Segment"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "OrderItem" ADD CONSTRAINT "OrderItem_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "OrderItem" ADD CONSTRAINT "OrderItem_ticketTypeId_fkey" FOREIGN KEY ("ticketTypeId") REFERENCES "TicketType"("id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_orgId_eventId_fkey" FOREIGN KEY ("orgId", "eventId") REFERENCES "Event"("orgId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_orgId_ticketTypeId_fkey" FOREIGN KEY ("orgId", "ticketTypeId") REFERENCES "TicketType"("orgId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_orgId_orderId_fkey" FOREIGN KEY ("orgId", "orderId") REFERENCES "Order"("orgId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "Ticket" ADD CONSTRAINT "Ticket_checkedInById_fkey" FOREIGN KEY ("checkedInById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Order" ADD CONSTRAINT "Order_orgId_eventId_fkey" FOREIGN KEY ("orgId", "eventId") REFERENCES "Event"("orgId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
ALTER TABLE "Order" ADD CONSTRAINT "Order_orgId_promoCodeId_fkey" FOREIGN KEY ("orgId", "promoCodeId") REFERENCES "PromoCode"("orgId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;
