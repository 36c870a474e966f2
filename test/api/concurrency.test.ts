// No lost updates through the API: an update or delete that sends the version
// (`updatedAt`) it was based on is refused with CONFLICT once someone else has
// changed the element, shows the element as it stands now, and writes nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openHarness, type Harness } from './harness.ts';

let h: Harness;
beforeEach(async () => {
  h = await openHarness({ data: 'fixture' });
});
afterEach(() => h.close());

const READ = `query { forum: node(id: "local") { ... on Forum { name mandate updatedAt } } }`;
const UPDATE = `mutation($v: DateTime, $mandate: Mandate) { updateForum(id: "local", patch: { mandate: $mandate }, expectedVersion: $v) { mandate updatedAt updatedBy } }`;

describe('no lost updates', () => {
  it('refuses a stale update with CONFLICT, the current element in the error, and accepts one based on the current version', async () => {
    const read = (await h.gql(READ)).data!.forum;
    const anna = await h.gql(UPDATE, { v: read.updatedAt, mandate: 'ADVISES' });
    expect(anna.errors).toBeUndefined();
    const now = anna.data!.updateForum;
    expect(now.updatedAt > read.updatedAt).toBe(true);
    const version = await h.store.version();

    const bo = await h.gql(UPDATE, { v: read.updatedAt, mandate: 'DECIDES' });
    expect(bo.data).toBeNull();
    expect(bo.errors![0]).toMatchObject({
      path: ['updateForum'],
      extensions: { code: 'CONFLICT', reason: 'STALE_VERSION', expected: read.updatedAt, current: { id: 'local', mandate: 'ADVISES', updatedAt: now.updatedAt } },
    });
    expect(bo.errors![0]!.extensions!.messageSv).toMatch(/har ändrats av någon annan/);
    expect(await h.store.version()).toBe(version);
    expect((await h.gql(READ)).data!.forum.mandate).toBe('ADVISES');

    const again = await h.gql(UPDATE, { v: now.updatedAt, mandate: 'DECIDES' });
    expect(again.data!.updateForum.mandate).toBe('DECIDES');
  });

  it('refuses a stale delete, alone or in applyChanges, and the whole list with it', async () => {
    const read = (await h.gql(READ)).data!.forum;
    await h.gql(UPDATE, { v: null, mandate: 'INFORMS' });
    const alone = await h.gql(`mutation($v: DateTime) { deleteForum(id: "local", expectedVersion: $v) { deleted } }`, { v: read.updatedAt });
    expect(alone.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', current: { mandate: 'INFORMS' } });
    const version = await h.store.version();
    const before = await h.store.getNodes(['local', 'vindeln']);
    const list = await h.gql(`mutation($changes: [ChangeInput!]!) { applyChanges(changes: $changes) { version } }`, {
      changes: [
        { updateActor: { id: 'vindeln', patch: { description: 'ändrad' } } },
        { deleteExpected: { id: 'local', expectedVersion: read.updatedAt } },
      ],
    });
    expect(list.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', id: 'local' });
    expect(await h.store.version()).toBe(version);
    expect(await h.store.getNodes(['local', 'vindeln'])).toEqual(before);
  });

  it('checks the version given in applyChanges updates, and names a malformed one at its field', async () => {
    const read = (await h.gql(READ)).data!.forum;
    await h.gql(UPDATE, { v: null, mandate: 'ADVISES' });
    const stale = await h.gql(`mutation($changes: [ChangeInput!]!) { applyChanges(changes: $changes) { version } }`, {
      changes: [{ updateForum: { id: 'local', patch: { mandate: 'DECIDES' }, expectedVersion: read.updatedAt } }],
    });
    expect(stale.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT' });
    const bad = await h.gql(`mutation($changes: [ChangeInput!]!) { applyChanges(changes: $changes) { version } }`, {
      changes: [{ updateForum: { id: 'local', patch: { mandate: 'DECIDES' }, expectedVersion: 'i går' } }],
    });
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: ['changes', 0, 'updateForum', 'expectedVersion'] }] });
  });
});
