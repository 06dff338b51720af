-- Booking: services, staff, weekly hours and date overrides (wall-clock in the staff time zone),
-- bookings guarded against double booking by an exclusion constraint, sent reminders.

CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TYPE "BookingStatus" AS ENUM ('PENDING_PAYMENT', 'PENDING_CONFIRMATION', 'CONFIRMED', 'COMPLETED', 'NO_SHOW', 'CANCELED', 'DECLINED', 'EXPIRED');

CREATE TABLE "Service" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "description" TEXT,
    "durationMinutes" INTEGER NOT NULL,
    "price" INTEGER NOT NULL DEFAULT 0,
    "currency" TEXT NOT NULL,
    "bufferBeforeMinutes" INTEGER NOT NULL DEFAULT 0,
    "bufferAfterMinutes" INTEGER NOT NULL DEFAULT 0,
    "minimumNoticeMinutes" INTEGER NOT NULL DEFAULT 120,
    "bookingWindowDays" INTEGER DEFAULT 60,
    "maxBookingsPerDay" INTEGER,
    "slotIntervalMinutes" INTEGER,
    "requiresPayment" BOOLEAN NOT NULL DEFAULT false,
    "requiresConfirmation" BOOLEAN NOT NULL DEFAULT false,
    "cancellationCutoffHours" INTEGER NOT NULL DEFAULT 24,
    "reminderOffsetsMinutes" INTEGER[] DEFAULT ARRAY[1440, 60]::INTEGER[],
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "Service_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Service_durationMinutes_check" CHECK ("durationMinutes" > 0),
    CONSTRAINT "Service_price_check" CHECK ("price" >= 0)
);

CREATE TABLE "StaffMember" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "timeZone" TEXT NOT NULL,
    "userId" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "StaffMember_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "ServiceStaff" (
    "orgId" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "staffMemberId" TEXT NOT NULL,
    CONSTRAINT "ServiceStaff_pkey" PRIMARY KEY ("serviceId", "staffMemberId")
);

CREATE TABLE "AvailabilityRule" (
    "id" TEXT NOT NULL,
    "staffMemberId" TEXT NOT NULL,
    "weekday" INTEGER NOT NULL,
    "startTime" TEXT NOT NULL,
    "endTime" TEXT NOT NULL,
    CONSTRAINT "AvailabilityRule_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "AvailabilityRule_weekday_check" CHECK ("weekday" BETWEEN 1 AND 7)
);

CREATE TABLE "DateOverride" (
    "id" TEXT NOT NULL,
    "staffMemberId" TEXT NOT NULL,
    "date" TEXT NOT NULL,
    "ranges" JSONB NOT NULL,
    CONSTRAINT "DateOverride_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Booking" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "serviceId" TEXT NOT NULL,
    "staffMemberId" TEXT NOT NULL,
    "customerId" TEXT NOT NULL,
    "orderId" TEXT,
    "status" "BookingStatus" NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "blockedFrom" TIMESTAMP(3) NOT NULL,
    "blockedUntil" TIMESTAMP(3) NOT NULL,
    "clientName" TEXT NOT NULL,
    "clientEmail" TEXT NOT NULL,
    "clientPhone" TEXT,
    "clientNotes" TEXT,
    "clientTimeZone" TEXT NOT NULL,
    "source" TEXT NOT NULL DEFAULT 'public',
    "holdExpiresAt" TIMESTAMP(3),
    "confirmedAt" TIMESTAMP(3),
    "canceledAt" TIMESTAMP(3),
    "canceledBy" TEXT,
    "cancelReason" TEXT,
    "createdByUserId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "Booking_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Booking_times_check" CHECK ("blockedFrom" <= "startsAt" AND "startsAt" < "endsAt" AND "endsAt" <= "blockedUntil")
);

CREATE TABLE "BookingReminder" (
    "bookingId" TEXT NOT NULL,
    "offsetMinutes" INTEGER NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "BookingReminder_pkey" PRIMARY KEY ("bookingId", "offsetMinutes", "startsAt")
);

CREATE UNIQUE INDEX "Service_orgId_slug_key" ON "Service"("orgId", "slug");
CREATE UNIQUE INDEX "Service_orgId_id_key" ON "Service"("orgId", "id");
CREATE UNIQUE INDEX "StaffMember_orgId_userId_key" ON "StaffMember"("orgId", "userId");
CREATE UNIQUE INDEX "StaffMember_orgId_id_key" ON "StaffMember"("orgId", "id");
CREATE INDEX "ServiceStaff_staffMemberId_idx" ON "ServiceStaff"("staffMemberId");
CREATE INDEX "AvailabilityRule_staffMemberId_idx" ON "AvailabilityRule"("staffMemberId");
CREATE UNIQUE INDEX "DateOverride_staffMemberId_date_key" ON "DateOverride"("staffMemberId", "date");
CREATE UNIQUE INDEX "Booking_orderId_key" ON "Booking"("orderId");
CREATE INDEX "Booking_orgId_startsAt_idx" ON "Booking"("orgId", "startsAt");
CREATE INDEX "Booking_staffMemberId_startsAt_idx" ON "Booking"("staffMemberId", "startsAt");
CREATE INDEX "Booking_customerId_idx" ON "Booking"("customerId");
CREATE INDEX "Booking_status_holdExpiresAt_idx" ON "Booking"("status", "holdExpiresAt");

ALTER TABLE "Service" ADD CONSTRAINT "Service_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "StaffMember" ADD CONSTRAINT "StaffMember_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "StaffMember" ADD CONSTRAINT "StaffMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "ServiceStaff" ADD CONSTRAINT "ServiceStaff_orgId_serviceId_fkey" FOREIGN KEY ("orgId", "serviceId") REFERENCES "Service"("orgId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ServiceStaff" ADD CONSTRAINT "ServiceStaff_orgId_staffMemberId_fkey" FOREIGN KEY ("orgId", "staffMemberId") REFERENCES "StaffMember"("orgId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "AvailabilityRule" ADD CONSTRAINT "AvailabilityRule_staffMemberId_fkey" FOREIGN KEY ("staffMemberId") REFERENCES "StaffMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "DateOverride" ADD CONSTRAINT "DateOverride_staffMemberId_fkey" FOREIGN KEY ("staffMemberId") REFERENCES "StaffMember"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_orgId_serviceId_fkey" FOREIGN KEY ("orgId", "serviceId") REFERENCES "Service"("orgId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_orgId_staffMemberId_fkey" FOREIGN KEY ("orgId", "staffMemberId") REFERENCES "StaffMember"("orgId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_orgId_customerId_fkey" FOREIGN KEY ("orgId", "customerId") REFERENCES "Customer"("orgId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "BookingReminder" ADD CONSTRAINT "BookingReminder_bookingId_fkey" FOREIGN KEY ("bookingId") REFERENCES "Booking"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- No double booking (invariant 3): a staff member's active bookings, buffers included, never
-- overlap. TIMESTAMP(3) columns hold UTC (Prisma writes UTC), so tsrange compares instants.
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_no_overlap" EXCLUDE USING gist (
    "staffMemberId" WITH =,
    tsrange("blockedFrom", "blockedUntil", '[)') WITH &&
) WHERE ("status" NOT IN ('CANCELED', 'DECLINED', 'EXPIRED'));
