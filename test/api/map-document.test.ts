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

describe('mapNodes', () => {
  // a harness of its own (on Neo4j a new one replaces the store of any before it)
  let m: Harness;
  beforeAll(async () => {
    m = await openHarness({ data: seedStore });
  });
  afterAll(() => m.close());
  type Nodes = Array<Record<string, unknown> | null>;
  const MAP_NODES = `query($ids: [ID!]!) { mapNodes(ids: $ids) { ${MAP_NODE_FIELDS} } }`;
  const whole = async () => (await m.gql<{ graph: { nodes: Array<Record<string, unknown>> } }>(`{ graph { nodes { ${MAP_NODE_FIELDS} } } }`)).data!.graph.nodes;
  const asked = async (ids: string[]) => {
    const out: Nodes = [];
    for (let i = 0; i < ids.length; i += 500) {
      const r = await m.gql<{ mapNodes: Nodes }>(MAP_NODES, { ids: ids.slice(i, i + 500) });
      expect(r.errors).toBeUndefined();
      out.push(...r.data!.mapNodes);
    }
    return out;
  };

  it('gives the elements asked for as graph gives them, in the order asked, null where an id has none', async () => {
    const nodes = await whole();
    expect(nodes.some((n) => n.countyPart)).toBe(true);
    const ids = nodes.map((n) => n.id as string).reverse();
    expect(await asked([...ids, 'finns-inte'])).toEqual([...[...nodes].reverse(), null]);
  });

  it('gives the state after a change, its county part too', async () => {
    const forum = (await whole()).find((n) => n.label === 'Forum' && n.countyPart)!;
    const parts = (await whole()).filter((n) => n.label === 'Actor' && n.kind === 'COUNTY_PART' && n.id !== forum.countyPart);
    const elsewhere = (await whole()).find((n) => n.label === 'Actor' && n.kind === 'MUNICIPALITY' && n.countyPart === parts[0]!.id)!;
    // the forum renamed, and covering a municipality of another county part as well: it belongs to no one county part
    const changed = await m.gql(`mutation($id: ID!, $to: ID!) { applyChanges(changes: [
      { updateForum: { id: $id, patch: { name: "Omdöpt forum" } } },
      { link: { type: COVERS, from: $id, to: $to } }
    ]) { version } }`, { id: forum.id, to: elsewhere.id });
    expect(changed.errors).toBeUndefined();
    const [after] = await asked([forum.id as string]);
    expect(after).toMatchObject({ name: 'Omdöpt forum', countyPart: null });
    expect(after).toEqual((await whole()).find((n) => n.id === forum.id));
  });

  it('refuses more than 500 ids with a code and a Swedish message', async () => {
    const r = await m.gql(MAP_NODES, { ids: Array.from({ length: 501 }, (_, i) => `n${i}`) });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
