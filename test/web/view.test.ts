// Every node's look in one step: hidden, highlighted, in evidence, in a plan comparison.
import { describe, expect, it } from 'vitest';
import { renderOptions, fcoseOptions, LARGE } from '../../web/src/graph/lod.ts';
import { nodeLook } from '../../web/src/graph/view.ts';
import { sv } from '../../web/src/i18n/sv.ts';
import { fixtureGraph, node } from './graph-fixture.ts';

const g = fixtureGraph();
const base = { states: new Map([['planned', 'planned' as const]]), visible: new Set(g.nodes.map((n) => n.id)), diff: null, messages: sv, highlight: null, evidence: null };

describe('nodeLook', () => {
  it('hides what is filtered out and highlights what was searched for', () => {
    expect(nodeLook(node(g, 'tg'), { ...base, visible: new Set() }).classes.split(' ')).toContain('hidden');
    expect(nodeLook(node(g, 'local'), { ...base, highlight: 'local' }).classes.split(' ')).toContain('highlight');
  });

  it('fades everything outside a gap’s evidence', () => {
    const ev = new Set(['gap', 'mobile']);
    expect(nodeLook(node(g, 'gap'), { ...base, evidence: ev }).classes.split(' ')).toContain('evidence');
    expect(nodeLook(node(g, 'local'), { ...base, evidence: ev }).classes.split(' ')).toContain('faded');
  });

  it('marks what the plan adds and fades what it leaves alone', () => {
    const diff = { added: new Set(['planned']), ending: new Set<string>() };
    const added = nodeLook(node(g, 'planned'), { ...base, diff });
    expect(added.classes.split(' ')).toContain('d-added');
    expect(added.text.startsWith('+ ')).toBe(true);
    expect(nodeLook(node(g, 'local'), { ...base, diff }).classes.split(' ')).toContain('faded');
  });
});

describe('level of detail', () => {
  it('keeps the full look for the county map and cheapens a large graph', () => {
    const small = renderOptions(1000);
    expect(small.style.haystackEdges).toBe(false);
    expect(small.renderer.hideEdgesOnViewport).toBe(false);
    const large = renderOptions(LARGE * 10);
    expect(large.style.haystackEdges).toBe(true);
    expect(large.renderer.hideEdgesOnViewport).toBe(true);
    expect(large.style.minZoomedFontSize).toBeGreaterThan(small.style.minZoomedFontSize);
    expect(fcoseOptions(20_000).quality).toBe('draft');
  });
});
