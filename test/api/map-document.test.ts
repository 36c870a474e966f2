// The whole map as one document: the same data as the GraphQL `graph` field,
// compressed, with an ETag that answers 304 until the store changes.
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedStore } from '../../seed/load.ts';
import { pickEncoding } from '../../server/map-document.ts';
import { MAP_EDGE_FIELDS, MAP_NODE_FIELDS } from '../../web/src/queries.ts';
import { openHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await openHarness({ data: seedStore });
});
afterAll(() => h.close());

// every field the page asks for (web/src/queries.ts)
const FIELDS = `version nodes { ${MAP_NODE_FIELDS} } edges { ${MAP_EDGE_FIELDS} }`;

describe('GET /api/map', () => {
  it('answers the GraphQL graph, compressed by what the client accepts', async () => {
    const viaGraphql = await h.gql<{ graph: { version: number; nodes: Array<Record<string, unknown>>; edges: Array<Record<string, unknown>> } }>(`{ graph { ${FIELDS} } }`);
    const br = await h.app.inject({ url: '/api/map', headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/);
    const doc = JSON.parse(brotliDecompressSync(br.rawPayload).toString()) as { data: { graph: { version: number; nodes: Array<Record<string, unknown>>; edges: Array<Record<string, unknown>> } } };
    const g = viaGraphql.data!.graph;
    expect(doc.data.graph.version).toBe(g.version);
    expect(doc.data.graph.nodes.length).toBe(g.nodes.length);
    expect(doc.data.graph.edges.length).toBe(g.edges.length);
    // every field GraphQL gives, the document gives the same
    doc.data.graph.nodes.forEach((n, i) => {
      for (const [k, v] of Object.entries(g.nodes[i]!)) expect(n[k] ?? null, `${String(n.id)}.${k}`).toEqual(v);
    });
    doc.data.graph.edges.forEach((e, i) => {
      for (const [k, v] of Object.entries(g.edges[i]!)) expect(e[k] ?? null, `${String(e.id)}.${k}`).toEqual(v);
    });
    expect(br.rawPayload.length).toBeLessThan(JSON.stringify(doc).length / 4);
    const gz = await h.app.inject({ url: '/api/map', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gz.rawPayload).toString())).toEqual(doc);
    const plain = await h.app.inject({ url: '/api/map' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.json()).toEqual(doc);
  });

  it('answers 304 for the version the client has, and a new document after a change', async () => {
    const first = await h.app.inject({ url: '/api/map', headers: { 'accept-encoding': 'br' } });
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"map-\d+-\d+"$/);
    const again = await h.app.inject({ url: '/api/map', headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.length).toBe(0);
    // as RFC 9110 reads If-None-Match: a list, weak validators, or any
    for (const header of [`"other", ${etag}`, `W/${etag}`, '*']) {
      expect((await h.app.inject({ url: '/api/map', headers: { 'if-none-match': header } })).statusCode, header).toBe(304);
    }
    expect((await h.app.inject({ url: '/api/map', headers: { 'if-none-match': '"other"' } })).statusCode).toBe(200);
    const created = await h.gql('mutation { createForum(input: { id: "forum-etag", name: "Etag-forum", kind: TEAM, systemLevel: MICRO, status: PLANNED }) { id } }');
    expect(created.errors).toBeUndefined();
    const changed = await h.app.inject({ url: '/api/map', headers: { 'if-none-match': etag } });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect((changed.json() as { data: { graph: { nodes: Array<{ id: string }> } } }).data.graph.nodes.some((n) => n.id === 'forum-etag')).toBe(true);
  });

  it('needs an identity like every other route when sign-in is required', async () => {
    const guarded = await openHarness({ data: 'fixture', env: { AUTH: 'required' } });
    try {
      expect((await guarded.app.inject({ url: '/api/map' })).statusCode).toBe(401);
    } finally {
      await guarded.close();
    }
  });

  it('picks brotli, then gzip, honouring q=0', () => {
    expect(pickEncoding('gzip, br')).toBe('br');
    expect(pickEncoding('gzip, br;q=0')).toBe('gzip');
    expect(pickEncoding('identity')).toBe('identity');
    expect(pickEncoding(undefined)).toBe('identity');
    expect(pickEncoding('*')).toBe('br');
  });
});
