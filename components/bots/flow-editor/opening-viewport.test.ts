import { describe, expect, it } from "vitest";
import { openingViewport, READABLE_MIN_ZOOM } from "./opening-viewport";

// On screen a flow point p lands at p * zoom + offset.
const onScreen = (v: { x: number; y: number; zoom: number }, r: { x: number; y: number; width: number; height: number }) => ({
  left: r.x * v.zoom + v.x,
  top: r.y * v.zoom + v.y,
  right: (r.x + r.width) * v.zoom + v.x,
  bottom: (r.y + r.height) * v.zoom + v.y,
});

describe("openingViewport", () => {
  it("centres a small flow at 100%, never blown up", () => {
    const bounds = { x: 0, y: 0, width: 500, height: 120 };
    const v = openingViewport({ bounds, width: 820, height: 800 });
    expect(v.zoom).toBe(1);
    expect(onScreen(v, bounds)).toEqual({ left: 160, top: 340, right: 660, bottom: 460 });
  });

  it("shrinks a flow that fits at a readable zoom, the whole of it inside", () => {
    const bounds = { x: -40, y: 10, width: 800, height: 300 };
    const v = openingViewport({ bounds, width: 820, height: 800 });
    expect(v.zoom).toBeGreaterThanOrEqual(READABLE_MIN_ZOOM);
    expect(v.zoom).toBeLessThan(1);
    const box = onScreen(v, bounds);
    expect(box.left).toBeCloseTo(32);
    expect(box.right).toBeCloseTo(788);
  });

  it("opens a big flow at the readable zoom from its top-left: nothing cut off on the left", () => {
    const bounds = { x: 0, y: 0, width: 1904, height: 900 };
    const v = openingViewport({ bounds, width: 820, height: 800 });
    expect(v.zoom).toBe(READABLE_MIN_ZOOM);
    expect(13 * v.zoom).toBeGreaterThanOrEqual(12);
    expect(onScreen(v, bounds)).toMatchObject({ left: 32, top: 32 });
    // Wide but short: centred vertically, anchored on the left.
    const wide = openingViewport({ bounds: { x: 100, y: 0, width: 1904, height: 200 }, width: 820, height: 800 });
    expect(onScreen(wide, { x: 100, y: 0, width: 1904, height: 200 }).left).toBeCloseTo(32);
    expect(onScreen(wide, { x: 100, y: 0, width: 1904, height: 200 }).top).toBeCloseTo((800 - 200 * wide.zoom) / 2);
  });
});
