/** `ids` with `id` swapped with its neighbour above or below; null when it is not there, the same order at an edge. Pure. */
export function moveInOrder(ids: string[], id: string, direction: "up" | "down"): string[] | null {
  const index = ids.indexOf(id);
  if (index < 0) return null;
  const other = direction === "up" ? index - 1 : index + 1;
  if (other < 0 || other >= ids.length) return ids;
  const next = [...ids];
  [next[index], next[other]] = [next[other], next[index]];
  return next;
}
