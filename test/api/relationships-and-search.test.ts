// Two analysts' questions the typed fields left open: the source of any
// relationship (not only participations and estimates), and where a search
// hit matched.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedStore } from '../../seed/load.ts';
import { openHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await openHarness({ data: seedStore });
});
afterAll(() => h.close());

describe('relationships of an element', () => {
  it('lists each with its type, both ends and its source document, as stored', async () => {
    const r = await h.gql(`{ node(id: "kommun-vindeln") { relationships(types: [PART_OF], direction: OUT) { type from { id } to { id } source sourceDocument { id title } } } }`);
    expect(r.errors).toBeUndefined();
    const stored = (await h.store.related(['kommun-vindeln'], { types: ['PART_OF'], direction: 'out' })).map((x) => x.edge);
    expect(stored.length).toBeGreaterThan(0);
    const got = r.data!.node.relationships as Array<{ type: string; from: { id: string }; to: { id: string }; source: string; sourceDocument: { id: string; title: string } }>;
    expect(got.map((e) => [e.type, e.from.id, e.to.id, e.source]).sort()).toEqual(stored.map((e) => [e.type, e.from, e.to, e.source]).sort());
    for (const e of got) expect(e.sourceDocument.id).toBe(e.source);
  });

  it('takes both directions and every type when left out', async () => {
    const r = await h.gql(`{ node(id: "kommun-vindeln") { relationships { id } } }`);
    const stored = await h.store.related(['kommun-vindeln'], { direction: 'both' });
    expect((r.data!.node.relationships as Array<{ id: string }>).map((e) => e.id).sort()).toEqual([...new Set(stored.map((x) => x.edge.id))].sort());
  });
});

describe('search hits', () => {
  it('say which fields the words were found in, the weightiest first', async () => {
    await h.gql(`mutation { createGap(input: { id: "glapp-sok", name: "Glapp om journaler", kind: INFORMATION, severity: LOW, evidence: "Ingen gemensam vårddokumentation mellan huvudmännen" }) { id } }`);
    const r = await h.gql(`{ search(text: "dokumentation", labels: [Gap]) { node { id } matchedFields } name: search(text: "journaler", labels: [Gap]) { node { id } matchedFields } }`);
    expect(r.errors).toBeUndefined();
    const hits = r.data!.search as Array<{ node: { id: string }; matchedFields: string[] }>;
    expect(hits.find((x) => x.node.id === 'glapp-sok')!.matchedFields).toEqual(['EVIDENCE']);
    for (const hit of hits) expect(hit.matchedFields.length, hit.node.id).toBeGreaterThan(0);
    expect(r.data!.name).toEqual([{ node: { id: 'glapp-sok' }, matchedFields: ['NAME'] }]);
    // a word in the name and in the evidence: the name weighs most
    const both = await h.gql(`{ search(text: "huvudmännen journaler", labels: [Gap]) { node { id } matchedFields } }`);
    expect(both.data!.search).toEqual([{ node: { id: 'glapp-sok' }, matchedFields: ['NAME', 'EVIDENCE'] }]);
  });
});
