// Cytoscape elements from the graph: compound groups on demand, stored
// positions, and a place for elements the stored layout does not know.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { BOUNDARY, buildElements, groupsFor, placeAll, principalGroups } from '../../web/src/graph/elements.ts';
import { sv } from '../../web/src/i18n/sv.ts';
import { fixtureGraph } from './graph-fixture.ts';

describe('grouping', () => {
  const g = fixtureGraph();

  it('groups by county part as the API reports it', () => {
    const { parent, titles } = groupsFor(g, 'countyPart', sv);
    expect(parent.get('vindeln')).toBe('group:lansdel');
    expect(parent.get('local')).toBe('group:lansdel');
    expect(parent.has('region')).toBe(false);
    expect(titles.get('group:lansdel')).toBe('Umeå länsdel');
  });

  it('groups by principal, a forum by its participants’ (both sides: across the boundary)', () => {
    const p = principalGroups(g);
    expect(p.get('vindeln')).toBe('MUNICIPALITY');
    expect(p.get('hc')).toBe('REGION');
    expect(p.get('local')).toBe(BOUNDARY);
    expect(p.get('gap')).toBe(BOUNDARY);
    expect(p.has('tg')).toBe(false);
    expect(groupsFor(g, 'principal', sv).titles.get(`group:${BOUNDARY}`)).toBe('Över gränsen region–kommun');
  });

  it('builds compound elements Cytoscape accepts', () => {
    const cy = cytoscape({ headless: true, layout: { name: 'preset' }, elements: buildElements(g, { grouping: 'countyPart', positions: { vindeln: { x: 10, y: 20 } }, messages: sv }) });
    expect(cy.getElementById('group:lansdel').isParent()).toBe(true);
    expect(cy.getElementById('vindeln').parent().first().id()).toBe('group:lansdel');
    expect(cy.getElementById('vindeln').position()).toEqual({ x: 10, y: 20 });
    expect(cy.edges().length).toBe(g.edges.length);
  });
});

describe('placeAll', () => {
  const g = fixtureGraph();

  it('keeps stored positions and places a new element beside its neighbours', () => {
    const stored = Object.fromEntries(g.nodes.filter((n) => n.id !== 'hc').map((n, i) => [n.id, { x: i * 100, y: 0 }]));
    const { positions, missing } = placeAll(g, stored);
    expect(missing).toEqual(['hc']);
    expect(positions.vindeln).toEqual(stored.vindeln);
    // hc takes part in `local` only: it lands 60 px from it
    const d = Math.hypot(positions.hc!.x - stored.local!.x, positions.hc!.y - stored.local!.y);
    expect(d).toBeCloseTo(60, 5);
    // the same place on every load
    expect(placeAll(g, stored).positions.hc).toEqual(positions.hc);
  });

  it('puts elements with no placed neighbour on a ring, and reports everything missing without a stored layout', () => {
    const { positions, missing } = placeAll(g, {});
    expect(missing).toHaveLength(g.nodes.length);
    expect(Object.keys(positions)).toHaveLength(g.nodes.length);
  });
});
