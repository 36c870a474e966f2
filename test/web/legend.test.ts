// The legend is read from the stylesheet: every rule that gives a shape, a
// colour or a line style has an entry with its meaning in both languages, and
// each entry's drawing has the look Cytoscape itself computes for it.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { OVERVIEW_STYLE } from '../../web/src/graph/aggregate.ts';
import { DRAWN_SHAPES, glyph, legendEntries, parseSelector, sampleClasses } from '../../web/src/graph/legend.ts';
import { picturePage } from '../../web/src/graph/picture.ts';
import { DEFAULT_STATE } from '../../web/src/state.ts';
import { stylesheet, TYPE_CLASS, type StyleRule } from '../../web/src/graph/style.ts';
import { NODE_LABELS } from '../../web/src/graph/types.ts';
import { en } from '../../web/src/i18n/en.ts';
import { sv } from '../../web/src/i18n/sv.ts';

/** What the map shows of the data: a rule setting one of these must be explained (this list is the test's own, not legend.ts's). */
const MEANINGFUL = ['shape', 'background-color', 'border-color', 'border-style', 'border-width', 'line-color', 'line-style', 'target-arrow-shape', 'outline-color', 'outline-style', 'width'];
/** Passing interaction (selection, hover, search highlight, hidden, faded, evidence): not the data's look. */
const TRANSIENT = /:selected|\.(hidden|faded|nolabel|label-hover|highlight|evidence)\b/;
/** Size alone on a node (bigger areas and macro forums) is emphasis, not a look to explain. */
const sizeOnly = (r: StyleRule) => !r.selector.startsWith('edge') && Object.keys(r.style).every((k) => !MEANINGFUL.includes(k) || k === 'width');

const explainedRules = (rules: StyleRule[]) => rules.filter((r) => !TRANSIENT.test(r.selector) && !sizeOnly(r) && Object.keys(r.style).some((k) => MEANINGFUL.includes(k)));

describe('the legend', () => {
  for (const [lang, m] of [['sv', sv], ['en', en]] as const) {
    it(`has an entry with a meaning for every rule that sets a shape, colour or line style (${lang})`, () => {
      const rules = stylesheet();
      const entries = legendEntries(m, rules);
      const bySelector = new Map(entries.map((e) => [e.selector, e]));
      const wanted = explainedRules(rules);
      expect(wanted.length).toBeGreaterThan(25);
      for (const r of wanted) {
        const e = bySelector.get(r.selector);
        expect(e, r.selector).toBeDefined();
        expect(e!.explained, r.selector).toBe(true);
        expect(e!.text, r.selector).not.toBe(r.selector);
        expect(e!.text.length, r.selector).toBeGreaterThan(2);
      }
    });
  }

  it('names every element type by its shape', () => {
    const entries = legendEntries(sv);
    for (const label of NODE_LABELS) {
      const e = entries.find((x) => x.selector === `node.${TYPE_CLASS[label]}`);
      expect(e?.text, label).toBe(sv.enums.NodeLabel[label]);
      expect(e?.group).toBe('type');
      expect(e?.look.kind).toBe('node');
      if (e?.look.kind === 'node') expect(DRAWN_SHAPES, label).toContain(e.look.shape);
    }
  });

  it('gives the principal letters in the current language', () => {
    expect(legendEntries(sv).find((e) => e.selector === 'node.p-municipality')?.text).toBe('[K] Kommun');
    expect(legendEntries(en).find((e) => e.selector === 'node.p-municipality')?.text).toBe('[M] Municipality');
  });

  it('gets an entry, unexplained, for a style rule added without a meaning', () => {
    const rules = [...stylesheet(), { selector: 'node.t-newtype', style: { shape: 'star', 'background-color': '#123456' } }, { selector: 'edge.r-new-link', style: { 'line-style': 'dashed' } }];
    const entries = legendEntries(sv, rules);
    expect(entries.find((e) => e.selector === 'node.t-newtype')?.explained).toBe(false);
    expect(entries.find((e) => e.selector === 'edge.r-new-link')?.explained).toBe(false);
    // so the first test fails for it
    expect(explainedRules(rules).map((r) => r.selector)).toContain('node.t-newtype');
  });

  it('draws each entry with the look Cytoscape computes for an element with its classes', () => {
    const rules = stylesheet();
    const cy = cytoscape({ headless: true, styleEnabled: true, style: rules as never });
    cy.add([{ group: 'nodes', data: { id: 'a', text: '' } }, { group: 'nodes', data: { id: 'b', text: '' } }]);
    const hex = (c: string) => {
      const rgb = /rgb\((\d+),\s*(\d+),\s*(\d+)\)/.exec(c);
      return rgb ? `#${rgb.slice(1, 4).map((x) => Number(x).toString(16).padStart(2, '0')).join('')}` : c;
    };
    const full = (c: string) => (/^#[0-9a-f]{3}$/i.test(c) ? `#${[...c.slice(1)].map((x) => x + x).join('')}` : c).toLowerCase();
    for (const e of legendEntries(sv, rules)) {
      if (e.look.kind === 'text') continue;
      const first = parseSelector(e.selector)[0]!;
      const classes = sampleClasses(first).join(' ');
      if (e.look.kind === 'node') {
        const n = cy.add({ group: 'nodes', data: { id: `n-${e.selector}`, text: '' }, classes });
        expect(n.style('shape'), e.selector).toBe(e.look.shape);
        expect(hex(n.style('background-color')), e.selector).toBe(full(e.look.fill));
        expect(hex(n.style('border-color')), e.selector).toBe(full(e.look.border));
        expect(n.style('border-style'), e.selector).toBe(e.look.borderStyle);
        expect(parseFloat(n.style('border-width')), e.selector).toBe(e.look.borderWidth);
        n.remove();
      } else {
        const x = cy.add({ group: 'edges', data: { id: `e-${e.selector}`, source: 'a', target: 'b', text: '' }, classes });
        expect(hex(x.style('line-color')), e.selector).toBe(full(e.look.color));
        expect(x.style('line-style'), e.selector).toBe(e.look.style);
        expect(parseFloat(x.style('width')), e.selector).toBe(e.look.width);
        expect(x.style('target-arrow-shape'), e.selector).toBe(e.look.arrow);
        x.remove();
      }
    }
  });

  it('draws shapes as SVG, never as a font character', () => {
    for (const e of legendEntries(sv)) {
      const s = glyph(e.look);
      if (e.look.kind === 'node') expect(s, e.selector).toMatch(/<(ellipse|rect|polygon|path)\b/);
      if (e.look.kind === 'edge') expect(s, e.selector).toMatch(/<line\b/);
      expect(s).not.toMatch(/[⬭⬠●▭◆▲]/u);
    }
  });
});

// #16: a map of LARGE elements or more opens as an overview (graph/aggregate.ts): its areas and the edges
// between them have their own rules (OVERVIEW_STYLE), which the legend explains while the map shows them
describe('the legend on an overview', () => {
  const overviewRules = explainedRules(OVERVIEW_STYLE);

  it('the overview has rules that need explaining: the area and the edge between areas', () => {
    expect(overviewRules.map((r) => r.selector).sort()).toEqual(['edge.aggregate', 'node.aggregate']);
  });

  for (const [lang, m] of [['sv', sv], ['en', en]] as const) {
    it(`explains the area (its size, its counts) and the edge between areas (its width), first (${lang})`, () => {
      const entries = legendEntries(m, stylesheet(), { overview: true });
      for (const r of overviewRules) {
        const e = entries.find((x) => x.selector === r.selector);
        expect(e, r.selector).toBeDefined();
        expect(e!.explained, r.selector).toBe(true);
        expect(e!.group, r.selector).toBe('overview');
        expect(e!.text, r.selector).not.toBe(r.selector);
      }
      const area = entries.find((x) => x.selector === 'node.aggregate')!;
      const edge = entries.find((x) => x.selector === 'edge.aggregate')!;
      expect(area.text).not.toBe(edge.text);
      // the area's text names what the aggregate's label counts, in this language
      const counted = m.overview.text('X', 3, 4).replace(/^X \(|\)$/g, '');
      for (const word of counted.split(/[\d, ]+/).filter(Boolean)) expect(area.text, word).toContain(word);
      // the size and the width follow the data: drawn small and large, thin and thick
      expect(area.look.kind === 'node' && area.look.scaled).toBe(true);
      expect(edge.look.kind === 'edge' && edge.look.scaled).toBe(true);
      expect(glyph(area.look).match(/<rect\b/g)?.length).toBe(2);
      expect(glyph(edge.look).match(/<line\b/g)?.length).toBe(2);
      // the overview's symbols come first, and every other entry is still there
      expect(entries[0]!.group).toBe('overview');
      expect(entries.filter((x) => x.group !== 'overview').map((x) => x.selector)).toEqual(legendEntries(m).map((x) => x.selector));
      expect(m.legend.groups.overview.length).toBeGreaterThan(3);
    });
  }

  it('leaves them out when the map is drawn as itself', () => {
    expect(legendEntries(sv).filter((e) => e.group === 'overview')).toEqual([]);
    expect(legendEntries(sv, stylesheet(), { overview: false }).some((e) => e.selector.includes('aggregate'))).toBe(false);
  });

  it('draws them with the look Cytoscape computes for an aggregate', () => {
    const rules = [...stylesheet(), ...OVERVIEW_STYLE];
    const cy = cytoscape({ headless: true, styleEnabled: true, style: rules as never });
    const hex = (c: string) => {
      const rgb = /rgb\((\d+),\s*(\d+),\s*(\d+)\)/.exec(c);
      return rgb ? `#${rgb.slice(1, 4).map((x) => Number(x).toString(16).padStart(2, '0')).join('')}` : c;
    };
    cy.add([
      { group: 'nodes', data: { id: 'agg:a', text: 'A', size: 60 }, classes: 'aggregate' },
      { group: 'nodes', data: { id: 'agg:b', text: 'B', size: 80 }, classes: 'aggregate' },
      { group: 'edges', data: { id: 'e', source: 'agg:a', target: 'agg:b', w: 6 }, classes: 'aggregate' },
    ]);
    const entries = legendEntries(sv, stylesheet(), { overview: true });
    const area = entries.find((x) => x.selector === 'node.aggregate')!.look;
    const edge = entries.find((x) => x.selector === 'edge.aggregate')!.look;
    const n = cy.getElementById('agg:a');
    if (area.kind !== 'node' || edge.kind !== 'edge') throw new Error('kinds');
    expect(n.style('shape')).toBe(area.shape);
    expect(hex(n.style('background-color'))).toBe(area.fill.toLowerCase());
    expect(hex(n.style('border-color'))).toBe(area.border.toLowerCase());
    expect(parseFloat(n.style('border-width'))).toBe(area.borderWidth);
    expect(hex(cy.getElementById('e').style('line-color'))).toBe(edge.color.toLowerCase());
    // the size and width it explains as growing are the data's
    expect(parseFloat(cy.getElementById('agg:b').style('width'))).toBeGreaterThan(parseFloat(n.style('width')));
    expect(parseFloat(cy.getElementById('e').style('width'))).toBe(6);
  });

  it('is printed in the pictures of an overview, and only of an overview', () => {
    const map = { svg: '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="400"></svg>', width: 800, height: 400 };
    const ctx = { state: DEFAULT_STATE, m: sv, date: '2026-05-01', nameOf: () => undefined, shown: 3, total: 9, made: new Date('2026-05-02T10:00:00Z') };
    const withIt = picturePage({ ...map, overview: true }, 'a4', ctx).svg;
    const without = picturePage(map, 'a4', ctx).svg;
    expect(withIt).toContain(sv.legend.groups.overview);
    expect(withIt).toContain('Område (region eller');
    expect(without).not.toContain(sv.legend.groups.overview);
    expect(without).not.toContain('Område (region eller');
  });
});
