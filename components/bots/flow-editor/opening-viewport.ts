// Where the canvas opens: the whole flow when it fits at a readable zoom (never blown up past
// 100%); a flow too big for that opens at the smallest readable zoom, anchored at its top-left
// (where the triggers are), so nothing is cut off on the left and the rest is a pan away.

/** The smallest text on a card is 13 px: at this zoom it is still 12 px on screen. */
export const READABLE_MIN_ZOOM = 12 / 13;
export const OPENING_MAX_ZOOM = 1;

type Rect = { x: number; y: number; width: number; height: number };

export function openingViewport({ bounds, width, height, padding = 32, minZoom = READABLE_MIN_ZOOM, maxZoom = OPENING_MAX_ZOOM }: { bounds: Rect; width: number; height: number; padding?: number; minZoom?: number; maxZoom?: number }) {
  const fit = Math.min((width - 2 * padding) / Math.max(bounds.width, 1), (height - 2 * padding) / Math.max(bounds.height, 1));
  const zoom = Math.min(maxZoom, Math.max(minZoom, fit));
  // Per axis: centred when the flow fits, else its start edge at the padding.
  const place = (start: number, size: number, room: number) => (size * zoom <= room - 2 * padding ? (room - size * zoom) / 2 - start * zoom : padding - start * zoom);
  return { x: place(bounds.x, bounds.width, width), y: place(bounds.y, bounds.height, height), zoom };
}
