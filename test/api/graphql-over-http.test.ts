// The GraphQL-over-HTTP spec's own audit (graphql-http's serverAudits) against
// the real app: every MUST and every SHOULD passes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverAudits } from 'graphql-http';
import { responseMediaType } from '../../server/graphql/http.ts';
import { openHarness, type Harness } from './harness.ts';

let h: Harness;
let url: string;
beforeAll(async () => {
  h = await openHarness({ data: 'fixture' });
  await h.app.listen({ port: 0, host: '127.0.0.1' });
  url = `http://127.0.0.1:${(h.app.server.address() as { port: number }).port}/graphql`;
});
afterAll(() => h.close());

describe('GraphQL over HTTP', () => {
  it('passes every MUST and SHOULD of the spec audit', async () => {
    // the audit's POSTs are JSON (not a form a site could send), its GETs read only; the header is our page's own
    const audits = serverAudits({ url, fetchFn: (input: RequestInfo | URL, init?: RequestInit) => fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), 'x-requested-with': 'audit' } }) });
    const failed: string[] = [];
    for (const audit of audits) {
      const r = await audit.fn();
      if (r.status !== 'ok' && (audit.name.startsWith('MUST') || audit.name.startsWith('SHOULD'))) failed.push(`${audit.id} ${audit.name}: ${(r as { reason?: string }).reason}`);
    }
    expect(audits.length).toBeGreaterThan(50);
    expect(failed).toEqual([]);
  });

  it('chooses the response media type from Accept', () => {
    expect(responseMediaType(undefined)).toBe('application/json');
    expect(responseMediaType('application/graphql-response+json, application/json;q=0.9')).toBe('application/graphql-response+json');
    expect(responseMediaType('application/json, application/graphql-response+json;q=0.5')).toBe('application/json');
    expect(responseMediaType('*/*')).toBe('application/json');
  });
});
