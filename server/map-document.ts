// The whole map as one document: `GET /api/map` answers what the GraphQL
// `graph` field answers without a filter (the same nodes and edges, every
// field), serialised and compressed once per store version and sent as it is
// — brotli or gzip by Accept-Encoding — with an ETag, so a page that already
// has this version gets 304 and nothing else. Compression runs in libuv's
// thread pool and the document is serialised on the analysis worker, so
// neither holds the event loop.
import { promisify } from 'node:util';
import { brotliCompress, constants, gunzip, gzip } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { AnalysisEngine } from './analysis/index.ts';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);
const gunz = promisify(gunzip);

export interface MapDocument {
  version: number;
  etag: string;
  /** Bytes of the document uncompressed (it is kept compressed only: a client that takes neither encoding gets it unzipped per request). */
  size: number;
  br: Buffer;
  gzip: Buffer;
}

/** Builds the document of a snapshot; the caller keeps the latest. */
export async function buildMapDocument(analysis: AnalysisEngine): Promise<MapDocument> {
  const { version, bytes: identity } = await analysis.mapDocument();
  const [br, gzipped] = await Promise.all([
    // quality 5: most of brotli's gain at a fraction of its top setting's time
    brotli(identity, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: identity.length } }),
    gz(identity, { level: 6 }),
  ]);
  return { version, etag: `"map-${version}-${identity.length}"`, size: identity.length, br, gzip: gzipped };
}

/** If-None-Match as RFC 9110 reads it: `*`, or a list of entity tags compared weakly (W/ ignored). */
export function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** The encoding to send: brotli, then gzip, when the client accepts them. */
export function pickEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | 'identity' {
  const accepted = new Map((acceptEncoding ?? '').split(',').map((part) => {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return [name!.trim(), q ? Number(q.slice(2)) : 1] as const;
  }));
  const ok = (e: string) => (accepted.get(e) ?? accepted.get('*') ?? 0) > 0;
  return ok('br') ? 'br' : ok('gzip') ? 'gzip' : 'identity';
}

async function mapDocumentPlugin(app: FastifyInstance, opts: { analysis: AnalysisEngine }) {
  let current: Promise<MapDocument> | null = null;
  let building: { version: number; promise: Promise<MapDocument> } | null = null;

  /** The document of the store's current version: built once, shared by concurrent requests. */
  const documentNow = async (): Promise<MapDocument> => {
    const version = (await opts.analysis.snapshot()).version;
    const have = current && (await current);
    if (have && have.version === version) return have;
    if (building?.version === version) return building.promise;
    const promise = buildMapDocument(opts.analysis);
    building = { version, promise };
    try {
      const doc = await promise;
      current = promise;
      return doc;
    } finally {
      if (building?.promise === promise) building = null;
    }
  };

  app.get('/api/map', async (request, reply) => {
    const doc = await documentNow();
    reply.header('etag', doc.etag).header('vary', 'accept-encoding').header('cache-control', 'private, no-cache');
    if (matches(request.headers['if-none-match'], doc.etag)) return reply.code(304).send();
    const encoding = pickEncoding(request.headers['accept-encoding']);
    reply.type('application/json; charset=utf-8');
    if (encoding === 'identity') return reply.send(await gunz(doc.gzip));
    return reply.header('content-encoding', encoding).send(encoding === 'br' ? doc.br : doc.gzip);
  });
}

export const mapDocument = fp(mapDocumentPlugin, { name: 'samverkanskartan-map-document' });
