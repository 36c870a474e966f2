// The legend is read from the stylesheet: every rule that gives a shape, a
// colour or a line style has an entry with its meaning in both languages, and
// each entry's drawing has the look Cytoscape itself computes for it.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { DRAWN_SHAPES, glyph, legendEntries, parseSelector, sampleClasses } from '../../web/src/graph/legend.ts';
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
