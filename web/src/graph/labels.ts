// Which labels the map draws: every drawn label is at least MIN_LABEL_PX on
// screen and no two drawn labels overlap. Labels are taken greedily in
// priority order (areas, then the strategic forums, …, then the rest), each
// kept only if its box touches none kept before; the map runs this after a
// layout and at the end of each zoom or pan, and draws the others on hover.
// Linear apart from the sort: boxes go into a grid of buckets.
import type { MapNode } from './types.ts';

/** The smallest label drawn, in screen pixels. */
export const MIN_LABEL_PX = 11;

/** Landmarks keep this size on screen however far out the map is zoomed (their font grows as the zoom shrinks). */
export const LANDMARK_PX = 12;

const AREA_PRIORITY: Record<string, number> = { REGION: 100, COUNTY_PART: 95, MUNICIPALITY: 90 };
const LEVEL_PRIORITY: Record<string, number> = { MACRO: 80, MESO: 60, MICRO: 40 };
const KIND_PRIORITY: Record<string, number> = { COMMITTEE: 70, ADMINISTRATION: 68, MANAGEMENT_GROUP: 66, HOSPITAL: 55 };

/** How much a node's label matters: the higher, the sooner it is drawn. */
export function labelPriority(n: MapNode): number {
  if (n.label === 'Actor') return AREA_PRIORITY[n.kind ?? ''] ?? KIND_PRIORITY[n.kind ?? ''] ?? 20;
  if (n.label === 'Forum') return LEVEL_PRIORITY[n.systemLevel ?? ''] ?? 40;
  if (n.label === 'Initiative' || n.label === 'Gap') return 45;
  if (n.label === 'TargetGroup') return 35;
  return 30;
}

/** A landmark: its label stays readable at any zoom (the areas: region, county parts, municipalities; the strategic forums). */
export const isLandmark = (n: MapNode): boolean => (n.label === 'Actor' && (n.kind ?? '') in AREA_PRIORITY) || (n.label === 'Forum' && n.systemLevel === 'MACRO');

export interface LabelBox {
  id: string;
  priority: number;
  /** On-screen size of the label's font, px. */
  fontPx: number;
  /** The label's box on screen (or in any one coordinate system shared by all boxes). */
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const overlaps = (a: LabelBox, b: LabelBox) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/**
 * The ids of the labels to draw: readable (fontPx ≥ minPx) and, taken by
 * priority (then id, so the choice is the same every time), clear of every
 * label taken before. `cell` is the bucket size of the grid, about a label's height.
 */
export function chooseLabels(boxes: readonly LabelBox[], opts: { minPx?: number; cell?: number; gap?: number } = {}): Set<string> {
  const minPx = opts.minPx ?? MIN_LABEL_PX;
  const cell = opts.cell ?? 48;
  const gap = opts.gap ?? 1;
  const order = boxes.filter((b) => b.fontPx >= minPx && b.x2 > b.x1 && b.y2 > b.y1).sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const grid = new Map<string, LabelBox[]>();
  const kept = new Set<string>();
  for (const raw of order) {
    // a small margin, so kept labels never touch
    const b = { ...raw, x1: raw.x1 - gap, y1: raw.y1 - gap, x2: raw.x2 + gap, y2: raw.y2 + gap };
    const gx1 = Math.floor(b.x1 / cell), gx2 = Math.floor(b.x2 / cell), gy1 = Math.floor(b.y1 / cell), gy2 = Math.floor(b.y2 / cell);
    let clear = true;
    for (let gx = gx1; gx <= gx2 && clear; gx++) {
      for (let gy = gy1; gy <= gy2 && clear; gy++) {
        for (const o of grid.get(`${gx},${gy}`) ?? []) {
          if (overlaps(b, o)) { clear = false; break; }
        }
      }
    }
    if (!clear) continue;
    kept.add(b.id);
    for (let gx = gx1; gx <= gx2; gx++) {
      for (let gy = gy1; gy <= gy2; gy++) {
        const k = `${gx},${gy}`;
        (grid.get(k) ?? grid.set(k, []).get(k)!).push(b);
      }
    }
  }
  return kept;
}
