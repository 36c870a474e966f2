// The lists' `orderBy`: names in Swedish collation, by time, either way, with
// cursors that page across the order. On the store under test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

let h: Harness;
// Names whose Swedish order differs from the letters' code points: Å before Ä, é with e, case ignored
const NAMES = ['Ärla', 'Åsele', 'Öst', 'éva', 'Eva', 'Evert', 'Zeta', 'über', 'Ystad', 'bertil'];
const swedish = new Intl.Collator('sv');

beforeAll(async () => {
  h = await openHarness();
  for (const [i, name] of NAMES.entries()) {
    // ids of their own: `Eva` and `éva` would make the same id
    const r = await h.gql('mutation($id: ID!, $name: String!) { createTargetGroup(input: { id: $id, name: $name }) { id } }', { id: `tg-${i}`, name });
    expect(r.errors).toBeUndefined();
  }
});
afterAll(() => h.close());

const LIST = `query($orderBy: NodeOrderInput, $first: Int, $after: String) {
  targetGroups(orderBy: $orderBy, first: $first, after: $after) { totalCount nodes { id name updatedAt } pageInfo { hasNextPage endCursor } }
}`;
async function list(variables: Record<string, unknown>) {
  const r = await h.gql(LIST, variables);
  expect(r.errors).toBeUndefined();
  return r.data!.targetGroups as { totalCount: number; nodes: Array<{ id: string; name: string; updatedAt: string }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}
const names = (page: { nodes: Array<{ name: string }> }) => page.nodes.map((n) => n.name);

describe('lists in an order', () => {
  it('orders names in Swedish collation: å, ä, ö after z, é with e, case ignored', async () => {
    const asc = await list({ orderBy: { field: 'NAME' } });
    expect(names(asc)).toEqual([...NAMES].sort(swedish.compare));
    expect(names(asc)).toEqual(['bertil', 'Eva', 'éva', 'Evert', 'über', 'Ystad', 'Zeta', 'Åsele', 'Ärla', 'Öst']);
    const desc = await list({ orderBy: { field: 'NAME', direction: 'DESC' } });
    expect(names(desc)).toEqual([...names(asc)].reverse());
  });

  it('keeps the order it had without orderBy: the lower-cased name, code point by code point', async () => {
    const plain = await list({});
    expect(names(plain)).toEqual([...NAMES].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1)));
    expect(names(plain)).not.toEqual([...NAMES].sort(swedish.compare));
  });

  it('pages across the order with cursors, both ways', async () => {
    for (const direction of ['ASC', 'DESC']) {
      const orderBy = { field: 'NAME', direction };
      const all = names(await list({ orderBy }));
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page = await list({ orderBy, first: 3, after });
        expect(page.totalCount).toBe(NAMES.length);
        seen.push(...names(page));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toEqual(all);
    }
  });

  it('orders by when elements changed, newest first', async () => {
    const before = await list({ orderBy: { field: 'UPDATED_AT', direction: 'DESC' } });
    const oldest = before.nodes.at(-1)!;
    await new Promise((r) => setTimeout(r, 5));
    const r = await h.gql('mutation($id: ID!) { updateTargetGroup(id: $id, patch: { description: "Ändrad" }) { updatedAt } }', { id: oldest.id });
    expect(r.errors).toBeUndefined();
    const after = await list({ orderBy: { field: 'UPDATED_AT', direction: 'DESC' } });
    expect(after.nodes[0]!.id).toBe(oldest.id);
    const stamps = after.nodes.map((n) => n.updatedAt);
    expect(stamps).toEqual([...stamps].sort().reverse());
  });

  it('refuses a cursor given out for another order, with BAD_USER_INPUT at `after`', async () => {
    const page = await list({ orderBy: { field: 'NAME' }, first: 2 });
    const r = await h.gql(LIST, { orderBy: { field: 'NAME', direction: 'DESC' }, first: 2, after: page.pageInfo.endCursor });
    expect(r.data).toBeNull();
    expect(r.errors![0]).toMatchObject({ path: ['targetGroups'], extensions: { code: 'BAD_USER_INPUT', fields: [{ path: ['after'] }] } });
  });
});
