// Which labels the map draws (web/src/graph/labels.ts): readable ones only,
// none overlapping, the more important first; the same choice every time.
import { describe, expect, it } from 'vitest';
import { chooseLabels, isLandmark, labelPriority, MIN_LABEL_PX, type LabelBox } from '../../web/src/graph/labels.ts';
import type { MapNode } from '../../web/src/graph/types.ts';

const box = (id: string, priority: number, x1: number, y1: number, w = 100, h = 14, fontPx = 12): LabelBox => ({ id, priority, fontPx, x1, y1, x2: x1 + w, y2: y1 + h });
const node = (p: Partial<MapNode> & Pick<MapNode, 'label'>): MapNode => ({
  id: 'x', name: 'x', kind: null, principal: null, status: null, systemLevel: null, severity: null, plannedStart: null, startDate: null, endDate: null, countyPart: null, ...p,
});

describe('choosing labels', () => {
  it('draws none under the smallest readable size', () => {
    expect(MIN_LABEL_PX).toBe(11);
    expect(chooseLabels([box('a', 1, 0, 0, 100, 14, 10.9), box('b', 1, 0, 100, 100, 14, 11)])).toEqual(new Set(['b']));
  });

  it('keeps the more important of two overlapping labels, and both when they are apart', () => {
    const kept = chooseLabels([box('forum', 40, 50, 5), box('municipality', 90, 0, 0), box('far', 10, 500, 500)]);
    expect(kept).toEqual(new Set(['municipality', 'far']));
  });

  it('never keeps two labels whose boxes overlap or touch, whatever the order given', () => {
    const boxes: LabelBox[] = [];
    for (let i = 0; i < 400; i++) boxes.push(box(`n${i}`, i % 7, (i * 37) % 600, (i * 53) % 400, 60 + (i % 5) * 20, 14));
    const kept = chooseLabels(boxes);
    const list = boxes.filter((b) => kept.has(b.id));
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!, b = list[j]!;
        expect(a.x1 <= b.x2 && b.x1 <= a.x2 && a.y1 <= b.y2 && b.y1 <= a.y2, `${a.id} × ${b.id}`).toBe(false);
      }
    }
    expect(kept.size).toBeGreaterThan(20);
    expect(chooseLabels([...boxes].reverse())).toEqual(kept);
  });

  it('ranks areas over strategic forums over the rest, and keeps the areas and strategic forums readable at any zoom', () => {
    const municipality = node({ label: 'Actor', kind: 'MUNICIPALITY', principal: 'MUNICIPALITY' });
    const macro = node({ label: 'Forum', systemLevel: 'MACRO' });
    const micro = node({ label: 'Forum', systemLevel: 'MICRO' });
    const hc = node({ label: 'Actor', kind: 'HEALTH_CENTRE', principal: 'REGION' });
    expect(labelPriority(node({ label: 'Actor', kind: 'REGION' }))).toBeGreaterThan(labelPriority(municipality));
    expect(labelPriority(municipality)).toBeGreaterThan(labelPriority(macro));
    expect(labelPriority(macro)).toBeGreaterThan(labelPriority(node({ label: 'Forum', systemLevel: 'MESO' })));
    expect(labelPriority(micro)).toBeGreaterThan(labelPriority(hc));
    expect([municipality, macro].map(isLandmark)).toEqual([true, true]);
    expect([micro, hc].map(isLandmark)).toEqual([false, false]);
  });
});
