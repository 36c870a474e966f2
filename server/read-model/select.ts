// A store query's filters (NodeQuery: properties, relationships, text)
// answered from the read model, by the rules both stores follow: what a list
// would hold on every page. The aggregates count over it, so a count by group
// and the filtered list agree (test/api/aggregates.test.ts holds them to it).
import { RelType, type GraphNode } from '../../schema/domain.ts';
import type { NodeQuery } from '../store/port.ts';
import { SEARCH_FIELDS, searchCopies, searchTerms, type SearchField } from '../store/shared.ts';
import type { ReadModel } from './read-model.ts';

/** Each node's search copies, made once per node object (a changed node is a new object). */
const copiesOf = new WeakMap<GraphNode, Record<SearchField, string>>();
function copies(node: GraphNode): Record<SearchField, string> {
  let c = copiesOf.get(node);
  if (!c) copiesOf.set(node, (c = searchCopies(node)));
  return c;
}

/** The nodes of `q.label` that every filter of `q` keeps (its page, order and cursor aside), ordered by name key then id. */
export function selectNodes(model: ReadModel, q: Pick<NodeQuery, 'label' | 'where' | 'related' | 'text'>): GraphNode[] {
  const terms = q.text === undefined ? null : searchTerms(q.text);
  if (terms?.length === 0) return [];
  const where = Object.entries(q.where ?? {}).filter(([, values]) => values) as Array<[string, readonly string[]]>;
  const related = (q.related ?? []).map((r) => ({
    ids: new Set(r.ids),
    types: r.types?.length ? r.types : RelType.options,
    direction: r.direction ?? 'both',
  }));
  return model.nodes(q.label).filter((node) => {
    const props = node as unknown as Record<string, unknown>;
    if (!where.every(([prop, values]) => values.includes(props[prop] as string))) return false;
    const tied = related.every((r) => r.types.some((type) => model.related([node.id], type, r.direction).some((x) => r.ids.has(x.node.id))));
    if (!tied) return false;
    if (!terms) return true;
    const c = copies(node);
    return terms.every((t) => SEARCH_FIELDS.some(({ field }) => c[field].includes(t.inside)));
  });
}
