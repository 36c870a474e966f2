// Copying a store: from SQLite into the store under test (a second SQLite
// store, or Neo4j in the Neo4j suite) and back out into SQLite, through the
// code path the CLI uses (copyStore over the port), compared element by element.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { GraphEdge, GraphNode } from '../../schema/domain.ts';
import { vasterbotten } from '../../seed/vasterbotten.ts';
import { copyStore } from '../../server/store/copy.ts';
import type { GraphStore } from '../../server/store/port.ts';
import { SqliteStore } from '../../server/store/sqlite/sqlite-store.ts';
import { fixture } from './fixture.ts';
import { freshStore } from './test-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'samverkan-copy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
async function open(): Promise<GraphStore> {
  const s = new SqliteStore(join(dir, `store-${++n}.db`));
  await s.init();
  return s;
}

/** Provenance is the copy's own (a batch does not carry it); everything else must be equal. */
const content = <T extends GraphNode | GraphEdge>(x: T) => {
  const { createdAt: _ca, createdBy: _cb, updatedAt: _ua, updatedBy: _ub, ...rest } = x;
  return rest;
};

async function expectSameGraph(a: GraphStore, b: GraphStore) {
  const [sa, sb] = [await a.subgraph({}), await b.subgraph({})];
  expect(sb.nodes.length).toBe(sa.nodes.length);
  expect(sb.edges.length).toBe(sa.edges.length);
  sa.nodes.forEach((node, i) => expect(content(sb.nodes[i]!)).toEqual(content(node)));
  sa.edges.forEach((edge, i) => expect(content(sb.edges[i]!)).toEqual(content(edge)));
}

describe('copyStore', () => {
  let from: GraphStore;
  let to: GraphStore;
  beforeEach(async () => {
    from = await open();
    to = await freshStore(join(dir, `store-${++n}.db`));
  });
  afterEach(async () => {
    await from.close();
    await to.close();
  });

  it('copies every node, relationship and document of the namespaces named, in batches', async () => {
    const f = fixture('');
    await from.apply(f.changes, { by: 'fixture' });
    await from.apply([{ op: 'link', type: 'PAIRED_WITH', from: f.id('vindeln'), to: f.id('hc'), props: { source: 'illustrative', sourceNote: 'parhästar' } }], { by: 'fixture' });
    await from.putDoc('positions', 'default', { [f.id('region')]: { x: 1, y: 2 } }, { by: 'anna', at: '2025-01-02T03:04:05.000Z' });
    await from.putDoc('views', 'mine', ['a', 'b'], { by: 'bo' });
    await from.putDoc('private', 'secret', 'not copied', { by: 'bo' });

    const progress: string[] = [];
    const r = await copyStore(from, to, { namespaces: ['positions', 'views'], batchSize: 4, onProgress: (p) => progress.push(p.phase) });

    const creates = f.changes.filter((c) => c.op === 'create').length;
    const links = f.changes.filter((c) => c.op === 'link').length + 1;
    expect(r.read).toEqual({ nodes: creates, edges: links, docs: 2 });
    expect(r.written).toEqual(r.read);
    expect(r.version).toBe(await to.version());
    // 13 nodes and 13 relationships in batches of 4: four writes each
    expect(progress.filter((p) => p === 'nodes')).toHaveLength(Math.ceil(creates / 4));
    expect(progress.filter((p) => p === 'edges')).toHaveLength(Math.ceil(links / 4));

    await expectSameGraph(from, to);
    const [copied] = await to.getNodes([f.id('local')]);
    expect(copied).toMatchObject({ createdBy: 'copy', updatedBy: 'copy' });
    for (const ns of ['positions', 'views']) expect(await to.listDocs(ns)).toEqual(await from.listDocs(ns));
    expect(await to.listDocs('private')).toEqual([]);
  });

  it('is idempotent: a second copy writes nothing and leaves the version alone', async () => {
    await from.apply(fixture('').changes, { by: 'fixture' });
    await from.putDoc('positions', 'default', { x: 1 }, { by: 'anna' });
    await copyStore(from, to, { namespaces: ['positions'] });
    const v = await to.version();
    const again = await copyStore(from, to, { namespaces: ['positions'] });
    expect(again.written).toEqual({ nodes: 0, edges: 0, docs: 0 });
    expect(again.version).toBe(v);
    await expectSameGraph(from, to);
  });

  it('copies the Västerbotten dataset', async () => {
    await from.bulkUpsert(vasterbotten, { by: 'seed' });
    const r = await copyStore(from, to, { namespaces: [], batchSize: 200 });
    expect(r.read.nodes).toBe(new Set(vasterbotten.nodes.map((x) => x.id)).size);
    expect(r.written.nodes).toBe(r.read.nodes);
    expect(r.written.edges).toBe(r.read.edges);
    await expectSameGraph(from, to);
  });

  it('round-trips the Västerbotten dataset and its documents: SQLite → the store under test → SQLite, element by element', async () => {
    await from.bulkUpsert(vasterbotten, { by: 'seed' });
    await from.putDoc('map-layout', 'main', { positions: { 'kommun-vindeln': [1.5, -2] } }, { by: 'anna' });
    await copyStore(from, to, { namespaces: ['map-layout'], batchSize: 150 });
    const back = await open();
    try {
      await copyStore(to, back, { namespaces: ['map-layout'], batchSize: 150 });
      await expectSameGraph(from, back);
      expect((await back.listDocs('map-layout')).map((d) => d.value)).toEqual([{ positions: { 'kommun-vindeln': [1.5, -2] } }]);
    } finally {
      await back.close();
    }
  });
});

describe('copy-store CLI', () => {
  const run = promisify(execFile);
  const cli = (...args: string[]) => run(process.execPath, ['--import', 'tsx', 'scripts/copy-store.ts', ...args], { cwd: process.cwd() });

  it('copies sqlite:PATH to sqlite:PATH and reports what it did', async () => {
    const a = join(dir, 'cli-a.db');
    const b = join(dir, 'cli-b.db');
    const src = new SqliteStore(a);
    await src.init();
    await src.apply(fixture('').changes, { by: 'fixture' });
    await src.putDoc('positions', 'default', { x: 1 }, { by: 'anna' });
    await src.close();

    const { stdout } = await cli('--from', `sqlite:${a}`, '--to', `sqlite:${b}`, '--ns', 'positions', '--batch', '5');
    expect(stdout).toContain('Read 13 nodes, 12 relationships, 1 documents');
    expect(stdout).toContain('Wrote 13 nodes, 12 relationships, 1 documents');
    const [x, y] = [new SqliteStore(a), new SqliteStore(b)];
    await x.init();
    await y.init();
    await expectSameGraph(x, y);
    await x.close();
    await y.close();
  }, 60_000);

  it('refuses a missing or unknown store with a usage message and a failing exit code', async () => {
    const err = await cli('--from', 'postgres:x', '--to', 'neo4j').then(() => null, (e: { code: number; stderr: string }) => e);
    expect(err?.code).toBe(1);
    expect(err?.stderr).toContain('Not a store: "postgres:x"');
    expect(err?.stderr).toContain('Usage: npm run copy-store');
  }, 60_000);
});
