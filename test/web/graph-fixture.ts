// The store contract's small fixture as the map receives it (the API's
// `graph` shape), made by the server's own map function.
import type { GraphEdge, GraphNode } from '../../schema/domain.ts';
import { mapGraph } from '../../schema/map-graph.ts';
import type { Graph, MapNode } from '../../web/src/graph/types.ts';
import { fixture } from '../store/fixture.ts';

export function fixtureGraph(extra: { nodes?: Array<Partial<MapNode> & Pick<MapNode, 'id' | 'label' | 'name'>>; edges?: Array<{ type: string; from: string; to: string; role?: string }> } = {}): Graph {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  for (const c of fixture('').changes) {
    if (c.op === 'create') nodes.push({ id: c.id, label: c.label, ...c.props } as unknown as GraphNode);
    if (c.op === 'link') edges.push({ id: `${c.type}:${c.from}:${c.to}`, type: c.type, from: c.from, to: c.to, ...c.props } as unknown as GraphEdge);
  }
  for (const n of extra.nodes ?? []) nodes.push(n as unknown as GraphNode);
  for (const e of extra.edges ?? []) edges.push({ id: `${e.type}:${e.from}:${e.to}`, ...e } as unknown as GraphEdge);
  return mapGraph({ nodes, edges }, 1, null) as unknown as Graph;
}

export const node = (g: Graph, id: string): MapNode => {
  const n = g.nodes.find((x) => x.id === id);
  if (!n) throw new Error(`no node ${id}`);
  return n;
};
