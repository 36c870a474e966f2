// Undo: the inverse of a change, computed headless, then proved against the
// real API — applying a change and then its inverse leaves the graph as it was.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writableProps } from '../../web/src/forms.ts';
import { inverseOf, inverseOfAll, type ChangeInput } from '../../web/src/graph/undo.ts';
import { openHarness, type Harness } from '../api/harness.ts';

describe('inverseOf', () => {
  it('deletes what a create made, as it was made', () => {
    expect(inverseOf({ createForum: { name: 'X' } }, { createdId: 'forum-x', version: 'v1' })).toEqual([{ deleteExpected: { id: 'forum-x', expectedVersion: 'v1' } }]);
    expect(inverseOf({ createForum: { name: 'X' } }, { createdId: 'forum-x' })).toEqual([{ delete: 'forum-x' }]);
  });

  it('puts back every field an update touched, removing the ones that were not set', () => {
    const inv = inverseOf({ updateForum: { id: 'f', patch: { status: 'ENDED', endDate: '2026-01-01' } } }, { node: { id: 'f', label: 'Forum', props: { status: 'ACTIVE', endDate: null } } });
    expect(inv).toEqual([{ updateForum: { id: 'f', patch: { status: 'ACTIVE', endDate: null } } }]);
    const based = inverseOf({ updateForum: { id: 'f', patch: { status: 'ENDED' }, expectedVersion: 'v1' } }, { node: { id: 'f', label: 'Forum', props: { status: 'ACTIVE' } }, version: 'v2' });
    expect(based).toEqual([{ updateForum: { id: 'f', patch: { status: 'ACTIVE' }, expectedVersion: 'v2' } }]);
  });

  it('recreates a deleted element with its properties and relationships', () => {
    const inv = inverseOf({ delete: 'g' }, {
      node: { id: 'g', label: 'Gap', props: { name: 'G', kind: 'INFORMATION', severity: 'LOW', status: 'IDENTIFIED', evidence: null } },
      edges: [{ type: 'BETWEEN', from: 'g', to: 'a', role: null, count: null, year: null }],
    });
    expect(inv).toEqual([{ createGap: { id: 'g', name: 'G', kind: 'INFORMATION', severity: 'LOW', status: 'IDENTIFIED' } }, { link: { type: 'BETWEEN', from: 'g', to: 'a' } }]);
    expect(inverseOf({ deleteExpected: { id: 'g', expectedVersion: 'v1' } }, { node: { id: 'g', label: 'Gap', props: { name: 'G' } } })).toEqual([{ createGap: { id: 'g', name: 'G' } }]);
  });

  it('removes a new link, and restores the properties a link replaced', () => {
    expect(inverseOf({ link: { type: 'SPANS', from: 'f', to: 'c' } })).toEqual([{ unlink: { type: 'SPANS', from: 'f', to: 'c' } }]);
    const role = inverseOf({ link: { type: 'PARTICIPATES_IN', from: 'a', to: 'f', role: 'CHAIR' } }, { edges: [{ type: 'PARTICIPATES_IN', from: 'a', to: 'f', role: 'MEMBER', source: '002_x' }] });
    expect(role).toEqual([{ link: { type: 'PARTICIPATES_IN', from: 'a', to: 'f', role: 'MEMBER', source: '002_x' } }]);
  });

  it('links again what an unlink removed', () => {
    expect(inverseOf({ unlink: { type: 'ESTIMATE', from: 't', to: 'm' } }, { edges: [{ type: 'ESTIMATE', from: 't', to: 'm', count: 156, year: 2022, source: 's' }] }))
      .toEqual([{ link: { type: 'ESTIMATE', from: 't', to: 'm', count: 156, year: 2022, source: 's' } }]);
  });

  it('undoes several changes last first, and refuses when it cannot know the inverse', () => {
    const all = inverseOfAll([{ change: { createGap: { id: 'g', name: 'G' } } }, { change: { link: { type: 'BETWEEN', from: 'g', to: 'a' } } }]);
    expect(all).toEqual([{ unlink: { type: 'BETWEEN', from: 'g', to: 'a' } }, { delete: 'g' }]);
    expect(() => inverseOf({ delete: 'x' })).toThrow();
    expect(() => inverseOf({ updateForum: { id: 'f', patch: {} } })).toThrow();
  });
});

describe('undo through the API', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await openHarness({ data: 'fixture' });
  });
  afterEach(async () => h.close());

  const APPLY = `mutation($c: [ChangeInput!]!) { applyChanges(changes: $c) { version results { node { id } } } }`;
  const FORUM = `query { node(id: "local") { ... on Forum { name kind systemLevel status mandate meetingFrequency crossesBoundary topLevel plannedStart startDate endDate description source sourceNote
    participants { role source actor { id } } careLevels { id } areas { id } reportsTo { id } initiatives { id } } } }`;
  const apply = async (c: ChangeInput[]) => {
    const r = await h.gql(APPLY, { c });
    expect(r.errors).toBeUndefined();
    return r;
  };

  it('an update and its inverse leave the forum as it was', async () => {
    const before = (await h.gql(FORUM)).data!.node;
    const change: ChangeInput = { updateForum: { id: 'local', patch: { status: 'PAUSED', mandate: null, endDate: '2027-01-01' } } };
    await apply([change]);
    await apply(inverseOf(change, { node: { id: 'local', label: 'Forum', props: writableProps('Forum', before) } }));
    expect((await h.gql(FORUM)).data!.node).toEqual(before);
  });

  it('a delete and its inverse bring the forum back with its relationships', async () => {
    const before = (await h.gql(FORUM)).data!.node;
    const edges = (await h.store.related(['local'], { direction: 'both' })).map((r) => ({
      type: r.edge.type, from: r.edge.from, to: r.edge.to, role: r.edge.role ?? null, count: r.edge.count ?? null, year: r.edge.year ?? null, source: r.edge.source,
    }));
    await apply([{ delete: 'local' }]);
    expect((await h.gql(`{ node(id: "local") { id } }`)).data!.node).toBeNull();
    await apply(inverseOf({ delete: 'local' }, { node: { id: 'local', label: 'Forum', props: writableProps('Forum', before) }, edges }));
    expect((await h.gql(FORUM)).data!.node).toEqual(before);
  });

  const APPLY_V = `mutation($c: [ChangeInput!]!) { applyChanges(changes: $c) { version results { node { id updatedAt } } } }`;

  it('an undo is based on the version its change produced: it goes through over that, and is refused over someone else\'s change made since', async () => {
    const read = (await h.gql(`{ node(id: "local") { ... on Forum { status updatedAt } } }`)).data!.node;
    const change: ChangeInput = { updateForum: { id: 'local', patch: { status: 'PAUSED' }, expectedVersion: read.updatedAt } };
    const done = (await h.gql(APPLY_V, { c: [change] })).data!.applyChanges.results[0].node;
    const inverse = inverseOf(change, { node: { id: 'local', label: 'Forum', props: { status: read.status } }, version: done.updatedAt });
    // someone else changes the forum after: the undo would overwrite it, so it is refused
    await apply([{ updateForum: { id: 'local', patch: { description: 'Någon annans' } } }]);
    const refused = await h.gql(APPLY_V, { c: inverse });
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    // without that change in between, it goes through
    const again = (await h.gql(APPLY_V, { c: [{ updateForum: { id: 'local', patch: { status: 'PAUSED' } } }] })).data!.applyChanges.results[0].node;
    await apply(inverseOf(change, { node: { id: 'local', label: 'Forum', props: { status: read.status } }, version: again.updatedAt }));
    expect((await h.gql(`{ node(id: "local") { ... on Forum { status } } }`)).data!.node.status).toBe(read.status);
  });

  it('undoes a new gap and its line, made in one request, by the version the request gave it', async () => {
    const r = (await h.gql(APPLY_V, { c: [{ createGap: { id: 'gap-ny', name: 'Ny lucka', kind: 'INFORMATION', severity: 'LOW' } }, { link: { type: 'BETWEEN', from: 'gap-ny', to: 'vindeln' } }] })).data!.applyChanges;
    const version = r.results[0].node.updatedAt;
    await apply(inverseOfAll([{ change: { createGap: { id: 'gap-ny', name: 'Ny lucka' } }, before: { createdId: 'gap-ny', version } }, { change: { link: { type: 'BETWEEN', from: 'gap-ny', to: 'vindeln' } } }]));
    expect((await h.gql(`{ node(id: "gap-ny") { id } }`)).data!.node).toBeNull();
  });
});
