import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { saveImageUpload } from "@/lib/uploads/save-image-upload";
import { moveInOrder } from "../move-in-order";
import type { LineupFields } from "./lineup-fields";

// An event's lineup: add, edit, reorder, remove. Lineup rows have no org column, so every
// change goes through the event of `orgId`.
const itemNotFound = () => new AppError("NOT_FOUND", "Lineup entry not found.");

async function assertEvent(orgId: string, eventId: string) {
  if (!(await db.event.count({ where: { id: eventId, orgId } }))) throw new AppError("NOT_FOUND", "Event not found.");
}

const image = (orgId: string, file: File | null) => (file && file.size > 0 ? saveImageUpload({ orgId, file, field: "image" }) : Promise.resolve(undefined));

export async function addLineupItem({ orgId, eventId, fields, file }: { orgId: string; eventId: string; fields: LineupFields; file: File | null }) {
  await assertEvent(orgId, eventId);
  const imagePath = await image(orgId, file);
  const last = await db.lineupItem.aggregate({ where: { eventId }, _max: { position: true } });
  return db.lineupItem.create({ data: { ...fields, imagePath, eventId, position: (last._max.position ?? -1) + 1 }, select: { id: true } });
}

export async function updateLineupItem({ orgId, eventId, itemId, fields, file, removeImage }: { orgId: string; eventId: string; itemId: string; fields: LineupFields; file: File | null; removeImage: boolean }) {
  await assertEvent(orgId, eventId);
  const imagePath = removeImage ? null : await image(orgId, file);
  const { count } = await db.lineupItem.updateMany({ where: { id: itemId, eventId }, data: { ...fields, ...(imagePath !== undefined ? { imagePath } : {}) } });
  if (count !== 1) throw itemNotFound();
}

export async function deleteLineupItem({ orgId, eventId, itemId }: { orgId: string; eventId: string; itemId: string }) {
  await assertEvent(orgId, eventId);
  const { count } = await db.lineupItem.deleteMany({ where: { id: itemId, eventId } });
  if (count !== 1) throw itemNotFound();
}

export async function moveLineupItem({ orgId, eventId, itemId, direction }: { orgId: string; eventId: string; itemId: string; direction: "up" | "down" }) {
  await assertEvent(orgId, eventId);
  await db.$transaction(async (tx) => {
    const ids = (await tx.lineupItem.findMany({ where: { eventId }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true } })).map((i) => i.id);
    const order = moveInOrder(ids, itemId, direction);
    if (!order) throw itemNotFound();
    for (const [position, id] of order.entries()) await tx.lineupItem.update({ where: { id }, data: { position } });
  });
}

/** Sets (or with no file, removes) the event's cover image. */
export async function setEventCover({ orgId, eventId, file }: { orgId: string; eventId: string; file: File | null }) {
  await assertEvent(orgId, eventId);
  const coverImagePath = file ? await saveImageUpload({ orgId, file, field: "cover" }) : null;
  await db.event.updateMany({ where: { id: eventId, orgId }, data: { coverImagePath } });
  return coverImagePath;
}
