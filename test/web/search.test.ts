// The page's own search of the names it holds (web/src/graph/search.ts): hits
// listed as the person types, before the API's full-text search answers. It
// must find a name exactly when the stores' search would find it by its name,
// with the same points (schema/search.ts: the one rule the stores and the page
// use; the page's own loop over names is held to the stores' scoring here).
import { describe, expect, it } from 'vitest';
import { searchCopy, searchTerms, termScoreCases } from '../../server/store/shared.ts';
import { patchNodes } from '../../web/src/graph/patch.ts';
import { NameIndex } from '../../web/src/graph/search.ts';
import type { Graph, MapNode } from '../../web/src/graph/types.ts';
import { fixtureGraph } from './graph-fixture.ts';

const node = (id: string, name: string, label: MapNode['label'] = 'Forum'): MapNode =>
  ({ id, label, name, kind: null, principal: null, status: null, systemLevel: null, severity: null, plannedStart: null, startDate: null, endDate: null, countyPart: null });

/** The stores' score of a name for a query (the name field only), 0 when a word is not found in it. */
function storeScore(name: string, text: string): number {
  const copy = searchCopy(name);
  let sum = 0;
  for (const t of searchTerms(text)) {
    const best = Math.max(0, ...termScoreCases('name').filter((c) => copy.includes(t[c.needle])).map((c) => c.score));
    if (!best) return 0;
    sum += best;
  }
  return sum;
}

const NAMES = [
  'Lokal samverkan Vindeln', 'Lokal samverkan Umeå', 'Samverkan Umeå norra länsdel', 'Vårddokumentation i Norrbotten', 'Postcovid-mottagning',
  'Ærø sjukstuga', 'In i framtiden', 'Vindelälvens vårdcentral', 'Länssamverkansgrupp Västerbotten', 'Åsele kommun', 'Öppen förskola Älvsbyn', 'ÅÄÖ',
];
const nodes = NAMES.map((n, i) => node(`n${i}`, n));

describe('the page\'s search of names', () => {
  it('finds a name exactly when the stores would find it by its name, with their points, best first then in Swedish order', () => {
    const ix = new NameIndex(nodes);
    const collator = new Intl.Collator('sv');
    for (const q of ['lokal', 'samverkan umea', 'umeå', 'vind', 'in', 'covid', 'dokumentation', 'aero', 'asele', 'ÖPPEN', 'al', 'lä', 'zz', 'samv vind']) {
      const want = nodes
        .map((n) => ({ n, score: storeScore(n.name, q) }))
        .filter((x) => x.score > 0)
        .sort((a, b) => b.score - a.score || collator.compare(a.n.name, b.n.name))
        .map((x) => ({ score: x.score, node: { id: x.n.id, label: x.n.label, name: x.n.name } }));
      expect(ix.search(q, 50), q).toEqual(want);
    }
  });

  it('lists at most the limit, and nothing for a text without words', () => {
    const ix = new NameIndex(fixtureGraph().nodes);
    const all = ix.search('s', 1000);
    expect(all.length).toBeGreaterThan(3);
    expect(ix.search('s', 3)).toEqual(all.slice(0, 3));
    expect(ix.search(' – ', 12)).toEqual([]);
  });

  it('finds a renamed node by its new name only, once the map is patched', () => {
    const g: Graph = { nodes, edges: [], version: 1 };
    const before = new NameIndex(g.nodes);
    const patched = patchNodes(g, [{ ...nodes[0]!, name: 'Benchforum Sorsele' }], 2)!;
    const after = new NameIndex(patched.nodes, before);
    expect(after.search('sorsele', 12).map((h) => h.node.id)).toEqual(['n0']);
    expect(after.search('vindeln', 12).map((h) => h.node.id)).toEqual([]);
    expect(before.search('vindeln', 12).map((h) => h.node.id)).toEqual(['n0']);
  });
});
