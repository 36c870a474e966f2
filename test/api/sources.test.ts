// Sources as first-class, on the seeded Västerbotten store: every element and
// relationship's `source` resolves to the document it names (from the
// catalogue, seed/sources.ts) or says it is illustrative, and `sources` counts
// what cites each, as the data itself does. On the store under test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeLabel } from '../../schema/domain.ts';
import { seedStore } from '../../seed/load.ts';
import { ILLUSTRATIVE, SOURCES } from '../../seed/sources.ts';
import { listFieldOf } from '../../server/graphql/core.ts';
import { openHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await openHarness({ data: seedStore });
});
afterAll(() => h.close());

async function ask(query: string, variables?: Record<string, unknown>): Promise<Record<string, any>> {
  const r = await h.gql(query, variables);
  expect(r.errors).toBeUndefined();
  return r.data!;
}

interface Source { id: string; kind: string; illustrative: boolean; title: string | null; titleEn: string | null; publisher: string | null; year: number | null; date: string | null; file: string | null; elementCount: number; relationshipCount: number }
const SOURCE_FIELDS = 'id kind illustrative title titleEn publisher year date file elementCount relationshipCount';

/** How many nodes and relationships cite each source, counted from the store's own data. */
async function citedInStore() {
  const { nodes, edges } = await h.store.subgraph({});
  const count = (xs: Array<{ source: string }>) => xs.reduce((m, x) => m.set(x.source, (m.get(x.source) ?? 0) + 1), new Map<string, number>());
  return { elements: count(nodes), relationships: count(edges), nodes: nodes.length };
}

describe('sources', () => {
  it('lists every catalogued document with its title, publisher, year and file, then what else is cited', async () => {
    const { sources } = await ask(`{ sources { ${SOURCE_FIELDS} } }`) as { sources: Source[] };
    const documents = Object.keys(SOURCES);
    expect(sources.slice(0, documents.length).map((s) => s.id)).toEqual(documents);
    for (const [id, doc] of Object.entries(SOURCES)) {
      expect(sources.find((s) => s.id === id)).toMatchObject({
        kind: 'DOCUMENT', illustrative: false, title: doc.titleSv, titleEn: doc.titleEn, publisher: doc.publisher, year: doc.year,
        date: 'date' in doc ? doc.date : null, file: `${id}.txt`,
      });
    }
    expect(sources.find((s) => s.id === ILLUSTRATIVE)).toMatchObject({ kind: 'ILLUSTRATIVE', illustrative: true, publisher: null, file: null, title: expect.stringMatching(/^Illustrativt/) });
  });

  it('counts the elements and relationships citing each source, as the data does', async () => {
    const { sources } = await ask(`{ sources { ${SOURCE_FIELDS} } }`) as { sources: Source[] };
    const cited = await citedInStore();
    for (const s of sources) {
      expect(s.elementCount, s.id).toBe(cited.elements.get(s.id) ?? 0);
      expect(s.relationshipCount, s.id).toBe(cited.relationships.get(s.id) ?? 0);
    }
    // every source cited is listed, and the lists' elements add up
    expect(sources.map((s) => s.id)).toEqual(expect.arrayContaining([...cited.elements.keys(), ...cited.relationships.keys()]));
    const lists = await ask(`{ ${NodeLabel.options.map((l) => `${listFieldOf(l)}(first: 500) { totalCount }`).join(' ')} }`);
    const listed = NodeLabel.options.reduce((sum, l) => sum + (lists[listFieldOf(l)].totalCount as number), 0);
    expect(sources.reduce((sum, s) => sum + s.elementCount, 0)).toBe(listed);
  });

  it('resolves each element\'s source: the document it names, or that it is illustrative', async () => {
    const { forums } = await ask('{ forums(first: 500) { nodes { id source sourceDocument { id kind illustrative title file } } } }');
    expect(forums.nodes.length).toBeGreaterThan(0);
    for (const f of forums.nodes) {
      expect(f.sourceDocument.id).toBe(f.source);
      if (f.source in SOURCES) expect(f.sourceDocument).toMatchObject({ kind: 'DOCUMENT', illustrative: false, title: SOURCES[f.source as keyof typeof SOURCES].titleSv, file: `${f.source}.txt` });
      else expect(f.sourceDocument).toMatchObject({ kind: 'ILLUSTRATIVE', illustrative: true, file: null });
    }
    const { node } = await ask('{ node(id: "region-vasterbotten") { sourceDocument { kind title year elementCount } } }');
    expect(node.sourceDocument).toMatchObject({ kind: 'DOCUMENT', title: SOURCES['000_dc0fee95e907e220'].titleSv, year: 2024 });
    expect(node.sourceDocument.elementCount).toBe((await citedInStore()).elements.get('000_dc0fee95e907e220'));
  });

  it('resolves the sources of participations and estimates, which the relationships store', async () => {
    const { node } = await ask(`{ node(id: "lansdel-umea") { ... on Actor {
      estimates { source sourceNote sourceDocument { id kind title } }
      parts { participations { source sourceNote sourceDocument { id kind illustrative } } }
    } } }`);
    expect(node.estimates.length).toBeGreaterThan(0);
    for (const e of node.estimates) expect(e.sourceDocument).toEqual({ id: e.source, kind: 'DOCUMENT', title: SOURCES[e.source as keyof typeof SOURCES].titleSv });
    const participations = node.parts.flatMap((p: { participations: unknown[] }) => p.participations);
    expect(participations.length).toBeGreaterThan(0);
    const { edges } = await h.store.subgraph({});
    const stored = new Map(edges.filter((e) => e.type === 'PARTICIPATES_IN').map((e) => [`${e.source}|${e.sourceNote ?? ''}`, e]));
    for (const p of participations) {
      expect(p.sourceDocument).toEqual({ id: p.source, kind: p.source === ILLUSTRATIVE ? 'ILLUSTRATIVE' : 'DOCUMENT', illustrative: p.source === ILLUSTRATIVE });
      expect(stored.has(`${p.source}|${p.sourceNote ?? ''}`)).toBe(true);
    }
    expect(participations.some((p: { sourceNote: string | null }) => p.sourceNote)).toBe(true);
  });

  it('takes a reference given as text for what it is, and counts it', async () => {
    const ref = 'SCB, befolkningsstatistik 2023';
    const created = await ask(`mutation($ref: String!) {
      createActor(input: { id: "test-scb-ref", name: "Referenstest", kind: OTHER, principal: STATE, source: $ref }) { sourceDocument { id kind illustrative title } }
      link(input: { type: PART_OF, from: "test-scb-ref", to: "region-vasterbotten", source: $ref }) { source sourceDocument { kind } }
    }`, { ref });
    try {
      expect(created.createActor.sourceDocument).toEqual({ id: ref, kind: 'REFERENCE', illustrative: false, title: null });
      expect(created.link).toEqual({ source: ref, sourceDocument: { kind: 'REFERENCE' } });
      const { sources } = await ask(`{ sources { ${SOURCE_FIELDS} } }`) as { sources: Source[] };
      expect(sources.at(-1)).toMatchObject({ id: ref, kind: 'REFERENCE', elementCount: 1, relationshipCount: 1 });
    } finally {
      await ask('mutation { deleteActor(id: "test-scb-ref") { deleted } }');
    }
    const { sources } = await ask('{ sources { id } }');
    expect(sources.map((s: { id: string }) => s.id)).not.toContain(ref);
  });
});
