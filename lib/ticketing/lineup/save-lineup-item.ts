import { db } from "@/lib/db/client";
import { orgDb } from "@/lib/db/org-db";
import { AppError } from "@/lib/errors";
import { saveImageUpload } from "@/lib/uploads/save-image-upload";
import type { Role } from "@/lib/db/generated/enums";
import { lockEventForEdit } from "../events/event-edit-access";
import { moveInOrder } from "../../shared/move-in-order";
import type { LineupFields } from "./lineup-fields";

// An event's lineup: add, edit, reorder, remove. Lineup rows have no org column, so every
// change goes through the event of `orgId`.
const itemNotFound = () => new AppError("NOT_FOUND", "Lineup entry not found.");

// Staff change the lineup and cover of drafts only (the check alone: these writes need no lock).
type Actor = { orgId: string; eventId: string; role: Role };
const assertEvent = (actor: Actor) => lockEventForEdit(db, actor);

const image = (orgId: string, file: File | null) => (file && file.size > 0 ? saveImageUpload({ orgId, file, field: "image" }) : Promise.resolve(undefined));

export async function addLineupItem({ orgId, eventId, role, fields, file }: Actor & { fields: LineupFields; file: File | null }) {
  await assertEvent({ orgId, eventId, role });
  const imagePath = await image(orgId, file);
  const last = await db.lineupItem.aggregate({ where: { eventId }, _max: { position: true } });
  return db.lineupItem.create({ data: { ...fields, imagePath, eventId, position: (last._max.position ?? -1) + 1 }, select: { id: true } });
}

export async function updateLineupItem({ orgId, eventId, role, itemId, fields, file, removeImage }: Actor & { itemId: string; fields: LineupFields; file: File | null; removeImage: boolean }) {
  await assertEvent({ orgId, eventId, role });
  const imagePath = removeImage ? null : await image(orgId, file);
  const { count } = await db.lineupItem.updateMany({ where: { id: itemId, eventId }, data: { ...fields, ...(imagePath !== undefined ? { imagePath } : {}) } });
  if (count !== 1) throw itemNotFound();
}

export async function deleteLineupItem({ orgId, eventId, role, itemId }: Actor & { itemId: string }) {
  await assertEvent({ orgId, eventId, role });
  const { count } = await db.lineupItem.deleteMany({ where: { id: itemId, eventId } });
  if (count !== 1) throw itemNotFound();
}

export async function moveLineupItem({ orgId, eventId, role, itemId, direction }: Actor & { itemId: string; direction: "up" | "down" }) {
  await assertEvent({ orgId, eventId, role });
  await db.$transaction(async (tx) => {
    const ids = (await tx.lineupItem.findMany({ where: { eventId }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true } })).map((i) => i.id);
    const order = moveInOrder(ids, itemId, direction);
    if (!order) throw itemNotFound();
    for (const [position, id] of order.entries()) await tx.lineupItem.update({ where: { id }, data: { position } });
  });
}

/** Sets (or with no file, removes) the event's cover image. */
export async function setEventCover({ orgId, eventId, role, file }: Actor & { file: File | null }) {
  await assertEvent({ orgId, eventId, role });
  const coverImagePath = file ? await saveImageUpload({ orgId, file, field: "cover" }) : null;
  await orgDb(orgId).event.updateMany({ where: { id: eventId }, data: { coverImagePath } });
  return coverImagePath;
}
