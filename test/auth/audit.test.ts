// What changed: every change leaves an entry naming who, history and restore
// through GraphQL, changes by area, and the map as it was recorded.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Accounts } from '../../server/auth/accounts.ts';
import { seedStore } from '../../seed/load.ts';
import { openHarness, type Harness } from '../api/harness.ts';

let h: Harness;
let anna: string;
beforeEach(async () => {
  h = await openHarness({ data: seedStore, env: { HOST: '0.0.0.0' } });
  const accounts = new Accounts(h.store);
  await accounts.createUser({ id: 'anna', role: 'EDITOR', scopes: ['kommun-vindeln'] });
  await accounts.createUser({ id: 'admin', role: 'ADMIN' });
  anna = (await accounts.createToken('anna', 'test', 1)).token;
});
afterEach(() => h.close());

const admin = async () => (await new Accounts(h.store).createToken('admin', 'test', 1)).token;

describe('audit trail', () => {
  it('names who made every change: the seed, then each user', async () => {
    const seeded = await h.store.changes({ node: 'kommun-vindeln', limit: 1 });
    expect(seeded[0]).toMatchObject({ op: 'create', by: 'seed' });
    await h.gqlAs(anna, 'mutation { updateForum(id: "forum-lokal-samverkan-vindeln", patch: { meetingFrequency: BIWEEKLY }) { id } }');
    const r = await h.gqlAs(anna, '{ history(id: "forum-lokal-samverkan-vindeln") { op by before after } }');
    const last = r.data!.history.at(-1);
    expect(last).toMatchObject({ op: 'update', by: 'anna', before: { meetingFrequency: 'MONTHLY' }, after: { meetingFrequency: 'BIWEEKLY', updatedBy: 'anna' } });
    expect(r.data!.history[0]).toMatchObject({ op: 'create', by: 'seed' });
  });

  it('restores an element to an earlier version, as a new change by the restorer', async () => {
    await h.gqlAs(anna, 'mutation { updateForum(id: "forum-lokal-samverkan-vindeln", patch: { status: PAUSED, mandate: null }) { id } }');
    const hist = (await h.gqlAs(anna, '{ history(id: "forum-lokal-samverkan-vindeln") { seq op target } }')).data!.history;
    const created = hist.find((e: { op: string; target: string }) => e.op === 'create' && e.target === 'forum-lokal-samverkan-vindeln');
    const r = await h.gqlAs(anna, `mutation { restore(id: "forum-lokal-samverkan-vindeln", seq: ${created.seq}) { ... on Forum { status mandate updatedBy } } }`);
    expect(r.data!.restore).toEqual({ status: 'ACTIVE', mandate: 'COORDINATES', updatedBy: 'anna' });
  });

  it('brings a deleted element back', async () => {
    const token = await admin();
    await h.gqlAs(token, 'mutation { deleteForum(id: "forum-lokal-samverkan-vindeln") { id } }');
    const hist = (await h.gqlAs(token, '{ history(id: "forum-lokal-samverkan-vindeln") { seq op target } }')).data!.history;
    const deleted = hist.find((e: { op: string }) => e.op === 'delete');
    const r = await h.gqlAs(token, `mutation { restore(id: "forum-lokal-samverkan-vindeln", seq: ${deleted.seq}) { id name } }`);
    expect(r.data!.restore).toEqual({ id: 'forum-lokal-samverkan-vindeln', name: 'Lokal samverkan Vindeln' });
  });

  it('restores a recorded gap only by a move its status rule allows, and changes nothing otherwise', async () => {
    const token = await admin();
    const made = await h.gqlAs(token, 'mutation { createGap(input: { id: "glapp", name: "Glapp i Vindeln", kind: HANDOVER, severity: HIGH }) { id status } }');
    expect(made.data!.createGap).toEqual({ id: 'glapp', status: 'IDENTIFIED' });
    for (const status of ['ANALYSED', 'BEING_ADDRESSED']) {
      expect((await h.gqlAs(token, `mutation { updateGap(id: "glapp", patch: { status: ${status} }) { status } }`)).data!.updateGap).toEqual({ status });
    }
    const created = (await h.gqlAs(token, '{ history(id: "glapp") { seq op } }')).data!.history.find((e: { op: string }) => e.op === 'create');
    const version = await h.store.version();
    const r = await h.gqlAs(token, `mutation { restore(id: "glapp", seq: ${created.seq}) { ... on Gap { status } } }`);
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', from: 'BEING_ADDRESSED', to: 'IDENTIFIED', fields: [{ path: ['props', 'status'] }] });
    expect(await h.store.version()).toBe(version);
    expect((await h.store.getNodes(['glapp']))[0]).toMatchObject({ status: 'BEING_ADDRESSED' });
  });

  it('refuses a version that is not the element’s', async () => {
    const r = await h.gqlAs(anna, 'mutation { restore(id: "forum-lokal-samverkan-vindeln", seq: 1) { id } }');
    expect(r.errors![0]!.extensions.code).toBe('NOT_FOUND');
  });

  it('lists changes by whom, by time and by area, newest first', async () => {
    const token = await admin();
    await h.gqlAs(anna, 'mutation { updateForum(id: "forum-lokal-samverkan-vindeln", patch: { meetingFrequency: WEEKLY }) { id } }');
    await h.gqlAs(token, 'mutation { updateForum(id: "forum-lokal-samverkan-skelleftea", patch: { meetingFrequency: WEEKLY }) { id } }');
    const byAnna = await h.gqlAs(token, '{ changes(by: "anna") { by target } }');
    expect(byAnna.data!.changes).toEqual([{ by: 'anna', target: 'forum-lokal-samverkan-vindeln' }]);
    const inVindeln = await h.gqlAs(token, '{ changes(scope: "kommun-vindeln", first: 1) { by target } }');
    expect(inVindeln.data!.changes).toEqual([{ by: 'anna', target: 'forum-lokal-samverkan-vindeln' }]);
    const recent = await h.gqlAs(token, '{ changes(first: 2) { by } }');
    expect(recent.data!.changes.map((c: { by: string }) => c.by)).toEqual(['admin', 'anna']);
    const future = await h.gqlAs(token, '{ changes(since: "2999-01-01T00:00:00Z") { seq } }');
    expect(future.data!.changes).toEqual([]);
  });
});

describe('the map as it was recorded', () => {
  it('shows a past moment from the audit trail, distinct from planned dates', async () => {
    const token = await admin();
    const moment = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 5));
    await h.gqlAs(token, 'mutation { deleteForum(id: "forum-lokal-samverkan-vindeln") { id } }');
    await h.gqlAs(token, 'mutation { updateForum(id: "forum-lokal-samverkan-umea", patch: { status: ENDED, endDate: "2026-01-31" }) { id } }');
    const then = await h.gqlAs(token, `{ graph(asRecordedAt: "${moment}", filter: { labels: [Forum] }) { version nodes { id status } } }`);
    const now = await h.gqlAs(token, '{ graph(filter: { labels: [Forum] }) { nodes { id status } } }');
    const find = (g: { nodes: Array<{ id: string; status: string }> }, id: string) => g.nodes.find((n) => n.id === id);
    expect(then.data!.graph.version).toBe(-1);
    expect(find(then.data!.graph, 'forum-lokal-samverkan-vindeln')).toEqual({ id: 'forum-lokal-samverkan-vindeln', status: 'ACTIVE' });
    expect(find(then.data!.graph, 'forum-lokal-samverkan-umea')!.status).toBe('ACTIVE');
    expect(find(now.data!.graph, 'forum-lokal-samverkan-vindeln')).toBeUndefined();
    expect(find(now.data!.graph, 'forum-lokal-samverkan-umea')!.status).toBe('ENDED');
    expect(then.data!.graph.nodes.length).toBe(now.data!.graph.nodes.length + 1);
  });

  it('answers the gap analysis as recorded then', async () => {
    const token = await admin();
    const moment = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 5));
    await h.gqlAs(token, 'mutation { updateForum(id: "forum-lokal-samverkan-vindeln", patch: { mandate: null }) { id } }');
    const q = (extra: string) => h.gqlAs(token, `{ gapAnalysis(scope: "forum-lokal-samverkan-vindeln", rules: { onlyRules: ["forum-without-mandate"] }${extra}) { findings { key } } }`);
    const nowFindings = (await q('')).data!.gapAnalysis.findings;
    const thenFindings = (await q(`, recordedAt: "${moment}"`)).data!.gapAnalysis.findings;
    expect(thenFindings).toEqual([]);
    expect(nowFindings.map((f: { key: string }) => f.key)).toEqual([expect.stringMatching(/^forum-without-mandate\|.*forum-lokal-samverkan-vindeln/)]);
  });

  it('refuses a moment that is not a date-time', async () => {
    const r = await h.gqlAs(await admin(), '{ graph(asRecordedAt: "yesterday") { version } }');
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: ['asRecordedAt'] }] });
  });
});
