// A query asked again answers exactly as the first time. This holds the line
// for Mercurius's `jit` option (compiling a query after its first run), which
// today answers a bad variable differently and without its field path; error
// `locations` are left out of the comparison (optional in GraphQL, and not
// given by compiled queries).
import { expect, it } from 'vitest';
import { openHarness } from './harness.ts';

const withoutLocations = (r: unknown) => JSON.parse(JSON.stringify(r, (k, v) => (k === 'locations' ? undefined : v)));

it('answers a repeated query the same: data, errors, paths and codes', async () => {
  const h = await openHarness({ data: 'fixture' });
  const qs: Array<[string, Record<string, unknown>?]> = [
    ['mutation($input: ForumInput!) { createForum(input: $input) { id } }', { input: { name: ' ', kind: 'TEAM', systemLevel: 'MICRO', status: 'ACTIVE', startDate: '2024-02-30' } }],
    ['mutation($input: ActorInput!) { createActor(input: $input) { id } }', { input: { name: 'X', kind: 'WIZARD', principal: 'REGION' } }],
    ['{ node(id: "local") { ... on Forum { participants { role actor { id partOf { id } } } } } }'],
    ['{ neighbourhood(id: "nope") { nodes { id } } }'],
    ['{ actors(first: 2) { totalCount nodes { id } } }'],
  ];
  for (const [q, v] of qs) {
    const a = await h.gql(q, v);
    const b = await h.gql(q, v);
    const c = await h.gql(q, v);
    expect(withoutLocations(b)).toEqual(withoutLocations(a));
    expect(withoutLocations(c)).toEqual(withoutLocations(a));
  }
  await h.close();
});
