// The smallest correct GraphML writer for a graphology graph. graphology's
// own `graphology-graphml` package only parses (its writer is an open pull
// request), so this writes GraphML 1.0 with xmlbuilder2, which escapes text
// and attributes and replaces characters XML cannot carry. Attribute types
// are declared per key (boolean, int, double, string) from the values, so
// yEd, Gephi, Cytoscape and graphology's parser read them typed.
import type { MultiDirectedGraph } from 'graphology';
import { create } from 'xmlbuilder2';

type AttrType = 'boolean' | 'int' | 'double' | 'string';

function typeOf(v: unknown): AttrType | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') return Number.isInteger(v) && Math.abs(v) <= 0x7fffffff ? 'int' : 'double';
  return 'string';
}

/** The widest type across values: int < double < string; boolean mixes only with itself. */
function widen(a: AttrType | undefined, b: AttrType): AttrType {
  if (!a || a === b) return b;
  if ((a === 'int' && b === 'double') || (a === 'double' && b === 'int')) return 'double';
  return 'string';
}

function model(entries: Iterable<Record<string, unknown>>): Map<string, AttrType> {
  const m = new Map<string, AttrType>();
  for (const attrs of entries) {
    for (const [k, v] of Object.entries(attrs)) {
      const t = typeOf(v);
      if (t) m.set(k, widen(m.get(k), t));
    }
  }
  return m;
}

const text = (v: unknown) => (typeof v === 'string' ? v : String(v));

export function writeGraphml(graph: MultiDirectedGraph, opts: { description?: string } = {}): string {
  const nodeModel = model(graph.mapNodes((_k, a) => a));
  const edgeModel = model(graph.mapEdges((_k, a) => a));
  const keyId = new Map<string, string>();
  const root = create({ version: '1.0', encoding: 'UTF-8', invalidCharReplacement: '\uFFFD' }).ele('http://graphml.graphdrawing.org/xmlns', 'graphml', {
    'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    'xsi:schemaLocation': 'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd',
  });
  if (opts.description) root.com(` ${opts.description.replace(/--/g, '- -')} `);
  let i = 0;
  for (const [forWhat, m] of [['node', nodeModel], ['edge', edgeModel]] as const) {
    for (const [name, type] of m) {
      const id = `${forWhat === 'node' ? 'n' : 'e'}${i++}`;
      keyId.set(`${forWhat}:${name}`, id);
      root.ele('key', { id, for: forWhat, 'attr.name': name, 'attr.type': type }).up();
    }
  }
  const g = root.ele('graph', { id: 'samverkanskartan', edgedefault: 'directed' });
  graph.forEachNode((node, attrs) => {
    const el = g.ele('node', { id: node });
    for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) el.ele('data', { key: keyId.get(`node:${k}`)! }).txt(text(v)).up();
  });
  graph.forEachEdge((edge, attrs, source, target) => {
    const el = g.ele('edge', { id: edge, source, target });
    for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) el.ele('data', { key: keyId.get(`edge:${k}`)! }).txt(text(v)).up();
  });
  return `${root.end({ prettyPrint: true })}\n`;
}
