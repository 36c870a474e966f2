// The map's look, headless: type is a shape, principal a letter and a border,
// state a border style, fade and word; never colour alone.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { buildElements } from '../../web/src/graph/elements.ts';
import { nodeClasses, nodeText, PRINCIPAL_CLASS, stylesheet } from '../../web/src/graph/style.ts';
import { en } from '../../web/src/i18n/en.ts';
import { sv } from '../../web/src/i18n/sv.ts';
import { fixtureGraph, node } from './graph-fixture.ts';

function headless() {
  const g = fixtureGraph({
    nodes: [
      { id: 'forum-ended', label: 'Forum', name: 'Gammal grupp', kind: 'TEAM', systemLevel: 'MICRO', status: 'ENDED' },
      { id: 'actor-private', label: 'Actor', name: 'Privat vårdcentral', kind: 'HEALTH_CENTRE', principal: 'PRIVATE' },
    ],
  });
  const cy = cytoscape({ headless: true, styleEnabled: true, elements: buildElements(g, { grouping: 'none', positions: {}, messages: sv }), style: stylesheet() as never });
  for (const n of g.nodes) {
    const state = n.status === 'PLANNED' ? 'planned' : n.status === 'ENDED' ? 'ended' : 'active';
    cy.getElementById(n.id).classes(nodeClasses(n, state).join(' '));
    cy.getElementById(n.id).data('text', nodeText(n, state, sv));
  }
  return { cy, g };
}

describe('node classes and text', () => {
  it('give each element its type, principal and state', () => {
    const g = fixtureGraph();
    expect(nodeClasses(node(g, 'vindeln'), 'active')).toEqual(['t-actor', 'p-municipality', 'area']);
    expect(nodeClasses(node(g, 'planned'), 'planned')).toEqual(['t-forum', 's-planned', 'lvl-micro']);
    expect(nodeClasses(node(g, 'gap'), 'active')).toEqual(['t-gap', 'sev-high']);
    expect(nodeClasses(node(g, 'planned'), 'planned', 'added')).toContain('d-added');
  });

  it('write the principal as a letter and the state as a word, in the current language', () => {
    const g = fixtureGraph();
    expect(nodeText(node(g, 'vindeln'), 'active', sv)).toBe('[K] Vindelns kommun');
    expect(nodeText(node(g, 'vindeln'), 'active', en)).toBe('[M] Vindelns kommun');
    expect(nodeText(node(g, 'planned'), 'planned', sv)).toBe('Samarbetsteam Umeå\n(planerat)');
    expect(nodeText(node(g, 'planned'), 'expected', en)).toBe('Samarbetsteam Umeå\n(per plan)');
    expect(nodeText(node(g, 'local'), 'ended', en)).toBe('Lokal samverkan Vindeln\n(ended)');
    expect(nodeText(node(g, 'gap'), 'active', sv)).toBe('⚠ Journalsystemen försvårar patientkontrakt\n(hög)');
    expect(nodeText(node(g, 'planned'), 'planned', sv, 'added')).toMatch(/^\+ Samarbetsteam/);
  });

  it('give every principal its own letter in each language, so the map needs no colour to tell them', () => {
    for (const m of [sv, en]) expect(new Set(Object.values(m.enums.PrincipalLetter)).size).toBe(Object.keys(PRINCIPAL_CLASS).length);
  });

  it('keep a name with markup as plain text', () => {
    const g = fixtureGraph({ nodes: [{ id: 'forum-x', label: 'Forum', name: '<img src=x onerror=alert(1)>', kind: 'TEAM', systemLevel: 'MICRO', status: 'ACTIVE' }] });
    expect(nodeText(node(g, 'forum-x'), 'active', sv)).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('the stylesheet, applied headless', () => {
  it('draws each type as its own shape', () => {
    const { cy } = headless();
    const shape = (id: string) => cy.getElementById(id).style('shape');
    expect(shape('vindeln')).toBe('ellipse');
    expect(shape('local')).toBe('round-rectangle');
    expect(shape('pc')).toBe('barrel');
    expect(shape('tg')).toBe('round-diamond');
    expect(shape('mobile')).toBe('round-pentagon');
    expect(shape('gap')).toBe('round-triangle');
  });

  it('marks principals by border style and width as well as colour', () => {
    const { cy } = headless();
    const border = (id: string) => [cy.getElementById(id).style('border-style'), cy.getElementById(id).style('border-width')];
    expect(border('region')).toEqual(['solid', '3px']);
    expect(border('vindeln')).toEqual(['double', '6px']);
    expect(border('actor-private')).toEqual(['dotted', '3px']);
  });

  it('draws planned dashed and faded, active solid, ended grey', () => {
    const { cy } = headless();
    const planned = cy.getElementById('planned');
    expect(planned.style('border-style')).toBe('dashed');
    expect(Number(planned.style('opacity'))).toBeLessThan(1);
    expect(cy.getElementById('local').style('border-style')).toBe('solid');
    const ended = cy.getElementById('forum-ended');
    expect(ended.style('background-color')).toBe('rgb(228,228,228)');
    expect(ended.data('text')).toContain('(avslutat)');
  });

  it('hides hidden elements and draws a chair’s participation thicker', () => {
    const { cy } = headless();
    cy.getElementById('tg').addClass('hidden');
    expect(cy.getElementById('tg').style('display')).toBe('none');
    const chair = cy.edges('[type = "PARTICIPATES_IN"]').filter((e) => e.data('role') === 'CHAIR');
    expect(chair.style('width')).toBe('3px');
  });

  it('has labels vanish below a readable size (level of detail)', () => {
    const rules = stylesheet({ minZoomedFontSize: 10, haystackEdges: true });
    expect(rules.find((r) => r.selector === 'node')!.style['min-zoomed-font-size']).toBe(10);
    expect(rules.find((r) => r.selector === 'edge')!.style['curve-style']).toBe('haystack');
  });
});
