// Read-only links as records on a real store: what happens to one link at the same moment.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { ShareLinks } from '../../server/auth/share-links.ts';
import type { GraphStore } from '../../server/store/port.ts';
import { freshStore } from '../store/test-store.ts';

let store: GraphStore;
beforeEach(async () => {
  store = await freshStore();
});
afterEach(() => store.close());

it('counts every use made while the link is revoked, and stays revoked', async () => {
  const links = new ShareLinks(store, () => new Date('2026-11-30T10:00:00Z'));
  const { record } = await links.create('vy-1', null, 'anna');
  await Promise.all([...Array.from({ length: 5 }, () => links.countUse(record.id)), links.revoke(record.id, 'anna')]);
  expect((await links.list())[0]).toMatchObject({ id: record.id, uses: 5, revokedAt: '2026-11-30T10:00:00.000Z' });
});
