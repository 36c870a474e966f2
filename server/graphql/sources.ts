// Resolvers of the sources (schema/graphql/sources.graphql): a `source` id
// resolved against the catalogue (seed/sources.ts) — a document, an
// illustrative or synthetic stand-in, or a reference given as text — and
// counted over the read model (every node and relationship at the store's
// current version), so both stores answer alike.
import { NodeLabel, type SourceKind } from '../../schema/domain.ts';
import { PSEUDO_SOURCES, SOURCES, SYNTHETIC, type SourceDoc } from '../../seed/sources.ts';
import type { ReadModel } from '../read-model/read-model.ts';
import type { Resolvers, SourceResolvers } from './generated/types.ts';

/** A source as `Source`'s resolvers receive it (the counts are resolved from the read model). */
export interface SourceView {
  id: string;
  kind: SourceKind;
  illustrative: boolean;
  title: string | null;
  titleEn: string | null;
  publisher: string | null;
  year: number | null;
  date: string | null;
  file: string | null;
  note: string | null;
}

const has = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/** What a `source` id names. */
export function describeSource(id: string): SourceView {
  if (has(SOURCES, id)) {
    const doc: SourceDoc = SOURCES[id as keyof typeof SOURCES];
    return {
      id, kind: 'DOCUMENT', illustrative: false, title: doc.titleSv, titleEn: doc.titleEn, publisher: doc.publisher, year: doc.year,
      date: doc.date ?? null, file: `${id}.txt`, note: doc.note ?? null,
    };
  }
  const none = { publisher: null, year: null, date: null, file: null };
  if (has(PSEUDO_SOURCES, id)) {
    const p = PSEUDO_SOURCES[id as keyof typeof PSEUDO_SOURCES];
    return { id, kind: id === SYNTHETIC ? 'SYNTHETIC' : 'ILLUSTRATIVE', illustrative: true, title: p.titleSv, titleEn: p.titleEn, note: p.note, ...none };
  }
  return { id, kind: 'REFERENCE', illustrative: false, title: null, titleEn: null, note: null, ...none };
}

interface Citations { elements: number; relationships: number }

/** How many nodes and relationships cite each source, once per read-model state. */
function citations(model: ReadModel): Map<string, Citations> {
  return model.cached('source-citations', () => {
    const out = new Map<string, Citations>();
    const at = (id: string) => out.get(id) ?? out.set(id, { elements: 0, relationships: 0 }).get(id)!;
    const { nodes, edges } = model.elements();
    for (const n of nodes) at(n.source).elements++;
    for (const e of edges) at(e.source).relationships++;
    return out;
  });
}

/** The order of `sources` after the documents: illustrative, synthetic, then references by id. */
const KIND_ORDER: Record<SourceKind, number> = { DOCUMENT: 0, ILLUSTRATIVE: 1, SYNTHETIC: 2, REFERENCE: 3 };

const sourceDocument = (obj: { source: string }) => describeSource(obj.source);
const count = (which: keyof Citations): SourceResolvers['elementCount'] => async (s, _, ctx) =>
  citations(await ctx.analysis.snapshot()).get(s.id)?.[which] ?? 0;

export const sourceResolvers: Resolvers = {
  ...Object.fromEntries([...NodeLabel.options, 'Participation', 'PopulationEstimate', 'Relationship'].map((type) => [type, { sourceDocument }])),
  Source: {
    elementCount: count('elements'),
    relationshipCount: count('relationships'),
  },
  Query: {
    sources: async (_, __, ctx) => {
      const cited = citations(await ctx.analysis.snapshot());
      const ids = new Set([...Object.keys(SOURCES), ...cited.keys()]);
      return [...ids].map(describeSource).sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    },
  },
};
