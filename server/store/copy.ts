// Copies a whole graph from one store to another through the port alone:
// `subgraph({})` out, `bulkUpsert` in, in batches; then the documents of the
// namespaces named. Any pair of adapters (SQLite → Neo4j, Neo4j → SQLite,
// SQLite → SQLite). Idempotent, as bulkUpsert is: a copy that stopped half way
// can simply be run again.
//
// What the port does not carry is not copied: node and relationship
// provenance becomes the copy's own (`ctx.by`, `ctx.at`; a Batch has no room
// for it), and the change log starts afresh in the target.
import type { Batch, EdgeProps, GraphEdge, GraphNode } from '../../schema/domain.ts';
import type { GraphStore, WriteContext } from './port.ts';

export interface CopyOptions {
  /** Document namespaces to copy (the port cannot list namespaces). */
  namespaces: readonly string[];
  /** Nodes or relationships per bulkUpsert call. */
  batchSize?: number;
  /** Who the target records as the writer; defaults to `copy`. */
  ctx?: WriteContext;
  /** Called after each batch, e.g. for a progress line. */
  onProgress?: (p: { phase: 'nodes' | 'edges' | 'docs'; done: number; total: number }) => void;
}

export interface CopyResult {
  /** What the source holds. */
  read: { nodes: number; edges: number; docs: number };
  /** What the target had to create or change (0 when it already held the same). */
  written: { nodes: number; edges: number; docs: number };
  /** The target's version afterwards. */
  version: number;
}

/** A stored node as a batch row: its label and client-writable properties. */
export function nodeRow(n: GraphNode): Batch['nodes'][number] {
  const { id, label, createdAt: _ca, createdBy: _cb, updatedAt: _ua, updatedBy: _ub, ...props } = n;
  return { id, label, props: props as Record<string, unknown> };
}

/** A stored relationship as a batch row (already oriented as stored). */
export function edgeRow(e: GraphEdge): Batch['edges'][number] {
  const props: EdgeProps = { source: e.source };
  if (e.sourceNote !== undefined) props.sourceNote = e.sourceNote;
  if (e.role !== undefined) props.role = e.role;
  if (e.count !== undefined) props.count = e.count;
  if (e.year !== undefined) props.year = e.year;
  return { type: e.type, from: e.from, to: e.to, props };
}

export async function copyStore(from: GraphStore, to: GraphStore, opts: CopyOptions): Promise<CopyResult> {
  const size = Math.max(1, opts.batchSize ?? 500);
  const ctx = opts.ctx ?? { by: 'copy' };
  const { nodes, edges } = await from.subgraph({});
  const written = { nodes: 0, edges: 0, docs: 0 };
  let version = await to.version();

  // every node before any relationship, so each batch's ends already exist
  for (let i = 0; i < nodes.length; i += size) {
    const r = await to.bulkUpsert({ nodes: nodes.slice(i, i + size).map(nodeRow), edges: [] }, ctx);
    written.nodes += r.nodes;
    version = r.version;
    opts.onProgress?.({ phase: 'nodes', done: Math.min(i + size, nodes.length), total: nodes.length });
  }
  for (let i = 0; i < edges.length; i += size) {
    const r = await to.bulkUpsert({ nodes: [], edges: edges.slice(i, i + size).map(edgeRow) }, ctx);
    written.edges += r.edges;
    version = r.version;
    opts.onProgress?.({ phase: 'edges', done: Math.min(i + size, edges.length), total: edges.length });
  }

  let docs = 0;
  for (const ns of opts.namespaces) {
    const list = await from.listDocs(ns);
    docs += list.length;
    for (const d of list) {
      const existing = await to.getDoc(ns, d.key);
      if (existing && JSON.stringify(existing.value) === JSON.stringify(d.value)) continue;
      // documents keep who wrote them last and when
      await to.putDoc(ns, d.key, d.value, { by: d.updatedBy, at: d.updatedAt });
      written.docs++;
    }
    opts.onProgress?.({ phase: 'docs', done: docs, total: docs });
  }
  return { read: { nodes: nodes.length, edges: edges.length, docs }, written, version };
}
