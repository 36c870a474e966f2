// The map as it was recorded at a moment: the change log replayed from the
// start up to that moment. Every write on both stores logs the whole element
// after it (and before it), so the replay needs nothing else.
import type { GraphEdge, GraphNode } from '../../schema/domain.ts';
import { MAX_CHANGES, type GraphStore, type Subgraph } from '../store/port.ts';

export async function graphAsRecordedAt(store: GraphStore, at: string): Promise<Subgraph> {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  let since = 0;
  for (;;) {
    const page = await store.changes({ since, until: at, limit: MAX_CHANGES });
    for (const c of page) {
      const isEdge = c.target.includes('|');
      const target = isEdge ? edges : nodes;
      if (c.after === null) target.delete(c.target);
      else (target as Map<string, unknown>).set(c.target, c.after);
    }
    if (page.length < MAX_CHANGES) break;
    since = page.at(-1)!.seq;
  }
  // a relationship never outlives its ends (deleting a node logs its unlinks first, but be safe)
  const kept = [...edges.values()].filter((e) => nodes.has(e.from) && nodes.has(e.to));
  return { nodes: [...nodes.values()], edges: kept };
}
