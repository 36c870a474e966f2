// Every GraphQL document the map sends is valid against the server's SDL
// (all files in schema/graphql), so a renamed field fails here, not in a browser.
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadSdl } from '../../server/graphql/index.ts';
import * as queries from '../../web/src/queries.ts';

const schema = buildSchema(loadSdl());
const documents = Object.entries(queries).filter(([, v]) => typeof v === 'string' && /^(query|mutation|\{)/.test(v as string)) as [string, string][];

describe('the map’s GraphQL documents', () => {
  it('are all checked', () => {
    expect(documents.length).toBeGreaterThan(15);
  });

  it.each(documents)('%s is valid against the schema', (_name, doc) => {
    expect(validate(schema, parse(doc)).map((e) => e.message)).toEqual([]);
  });

  it('puts aliased fields back under their names', () => {
    expect(queries.normalizeNode({ id: 'g', gapKind: 'HANDOVER', gapStatus: 'ANALYSED' })).toEqual({ id: 'g', kind: 'HANDOVER', status: 'ANALYSED' });
  });
});
