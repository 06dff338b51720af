-- An order's customer must belong to the order's organization: the foreign key covers both.
CREATE UNIQUE INDEX "Customer_orgId_id_key" ON "Customer"("orgId", "id");

ALTER TABLE "Order" DROP CONSTRAINT "Order_customerId_fkey";

ALTER TABLE "Order" ADD CONSTRAINT "Order_orgId_customerId_fkey" FOREIGN KEY ("orgId", "customerId") REFERENCES "Customer"("orgId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;
