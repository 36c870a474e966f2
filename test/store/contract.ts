// The store contract: written once against the port, run for every adapter
// (see contract.test.ts). Each test starts from its own fixture, with ids that
// no other test or run shares.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { Change } from '../../schema/domain.ts';
import { DomainError } from '../../server/errors.ts';
import type { GraphStore } from '../../server/store/port.ts';
import { fixture } from './fixture.ts';

export interface AdapterHarness {
  name: string;
  /** A store ready to use (init done). */
  open(): Promise<GraphStore>;
  /** The same data, through a fresh connection (a restart). */
  reopen(store: GraphStore): Promise<GraphStore>;
  /** Removes what this harness created, and only that. */
  cleanup(): Promise<void>;
}

const by = { by: 'contract-test' };

async function expectCode(p: Promise<unknown>, code: string): Promise<DomainError> {
  const err = await p.then(() => null, (e: unknown) => e);
  expect(err, `expected ${code}`).toBeInstanceOf(DomainError);
  expect((err as DomainError).code).toBe(code);
  return err as DomainError;
}

export function storeContract(h: AdapterHarness) {
  describe(`GraphStore contract: ${h.name}`, () => {
    let store: GraphStore;
    let f: ReturnType<typeof fixture>;
    const id = (s: string) => f.id(s);

    beforeEach(async () => {
      store ??= await h.open();
      // a unique prefix per test: tests never see each other's data
      f = fixture(`t${randomUUID().slice(0, 8)}-`);
      await store.apply(f.changes, by);
    }, 60_000); // a fresh Neo4j runs its migration on the first open
    afterAll(async () => {
      await store?.close();
      await h.cleanup();
    });

    describe('lifecycle', () => {
      it('answers ping with its kind and engine version', async () => {
        const info = await store.ping();
        expect(info.store).toBe(store.kind);
        expect(info.version).toMatch(/\d/);
      });
      it('init is safe to run again', async () => {
        await store.init();
        expect(await store.getNodes([id('region')])).toHaveLength(1);
      });
      it('keeps every acknowledged change across a restart', async () => {
        await store.apply([{ op: 'update', id: id('local'), props: { status: 'PAUSED' } }], by);
        store = await h.reopen(store);
        const [n] = await store.getNodes([id('local')]);
        expect(n).toMatchObject({ status: 'PAUSED', name: expect.stringContaining('Lokal samverkan Vindeln') });
      });
    });

    describe('version', () => {
      it('changes on every write and not on a no-op', async () => {
        const v0 = await store.version();
        const r = await store.apply([{ op: 'update', id: id('hc'), props: { description: 'ny text' } }], by);
        expect(r.version).toBeGreaterThan(v0);
        expect(await store.version()).toBe(r.version);
        await store.apply([], by);
        expect(await store.version()).toBe(r.version);
      });
    });

    describe('create', () => {
      it('stores properties with provenance', async () => {
        const [n] = await store.getNodes([id('local')]);
        expect(n).toMatchObject({
          id: id('local'), label: 'Forum', systemLevel: 'MESO', status: 'ACTIVE', mandate: 'COORDINATES', source: 'illustrative',
          crossesBoundary: true, startDate: '2020-01-01', createdBy: 'contract-test', updatedBy: 'contract-test',
        });
        expect(Date.parse(n!.createdAt)).not.toBeNaN();
      });
      it('refuses a taken id with CONFLICT', async () => {
        await expectCode(store.apply([{ op: 'create', label: 'Actor', id: id('hc'), props: { name: 'Annat namn', kind: 'TEAM', principal: 'REGION' } }], by), 'CONFLICT');
      });
      it('refuses the second of two concurrent creates of one id with CONFLICT, keeping the first', async () => {
        const make = (name: string): Change[] => [{ op: 'create', label: 'Forum', id: id('race'), props: { name, kind: 'TEAM', systemLevel: 'MICRO', status: 'ACTIVE' } }];
        const results = await Promise.allSettled([store.apply(make(`Först ${id('')}`), by), store.apply(make(`Sedan ${id('')}`), by)]);
        const won = results.findIndex((r) => r.status === 'fulfilled');
        const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult | undefined;
        expect(won).toBeGreaterThanOrEqual(0);
        expect(lost?.reason).toBeInstanceOf(DomainError);
        expect((lost!.reason as DomainError).code).toBe('CONFLICT');
        const [stored] = await store.getNodes([id('race')]);
        expect(stored!.name).toBe(won === 0 ? `Först ${id('')}` : `Sedan ${id('')}`);
        expect((await store.changes({ node: id('race'), limit: 10 })).map((c) => c.op)).toEqual(['create']);
      });
      it('refuses a taken name within the label, ignoring case and spacing, with CONFLICT', async () => {
        const [hc] = await store.getNodes([id('hc')]);
        const err = await expectCode(store.apply([{ op: 'create', label: 'Actor', id: id('dup'), props: { name: `  ${hc!.name.toUpperCase()} `, kind: 'TEAM', principal: 'REGION' } }], by), 'CONFLICT');
        expect(err.message).toContain('already exists');
        // the same name under another label is fine
        await store.apply([{ op: 'create', label: 'Forum', id: id('f-same-name'), props: { name: hc!.name, kind: 'TEAM', systemLevel: 'MICRO', status: 'ACTIVE' } }], by);
      });
      it('refuses an end date before the start date with BAD_USER_INPUT at the field', async () => {
        const err = await expectCode(store.apply([{ op: 'create', label: 'Forum', id: id('bad'), props: { name: 'Bad', kind: 'TEAM', systemLevel: 'MICRO', status: 'ENDED', startDate: '2024-05-01', endDate: '2024-01-01' } }], by), 'BAD_USER_INPUT');
        expect(err.fields[0]!.path).toEqual(['props', 'endDate']);
      });
    });

    describe('getNodes and getNodesByName', () => {
      it('returns nodes in the order asked, null for unknown ids', async () => {
        const ns = await store.getNodes([id('umea'), 'nope', id('region')]);
        expect(ns.map((n) => n?.id ?? null)).toEqual([id('umea'), null, id('region')]);
      });
      it('finds by name whatever the case', async () => {
        const [umea] = await store.getNodes([id('umea')]);
        const ns = await store.getNodesByName('Actor', [umea!.name.toLowerCase(), 'Ingen sådan']);
        expect(ns.map((n) => n?.id ?? null)).toEqual([id('umea'), null]);
        expect(await store.getNodesByName('Forum', [umea!.name])).toEqual([null]);
      });
      it('gives the labels of nodes in the order asked, null for unknown ids, the same id twice as asked', async () => {
        expect(await store.nodeLabels([id('local'), 'nope', id('umea'), id('pc'), id('local'), id('tg'), id('gap'), id('mobile')]))
          .toEqual(['Forum', null, 'Actor', 'CareLevel', 'Forum', 'TargetGroup', 'Gap', 'Initiative']);
        expect(await store.nodeLabels([])).toEqual([]);
      });
    });

    describe('update', () => {
      it('merges the patch and removes unset properties', async () => {
        const r = await store.apply([{ op: 'update', id: id('local'), props: { status: 'PAUSED', meetingFrequency: 'MONTHLY' }, unset: ['mandate'] }], { by: 'someone-else' });
        expect(r.results[0]!.node).toMatchObject({ status: 'PAUSED', meetingFrequency: 'MONTHLY', systemLevel: 'MESO', updatedBy: 'someone-else', createdBy: 'contract-test' });
        expect(r.results[0]!.node).not.toHaveProperty('mandate');
      });
      it('refuses an update or a delete based on an older version with CONFLICT, the current element in its details, and writes nothing', async () => {
        const [read] = await store.getNodes([id('local')]);
        const first = await store.apply([{ op: 'update', id: id('local'), props: { mandate: 'ADVISES' }, expected: read!.updatedAt }], { by: 'anna' });
        const now = first.results[0]!.node!;
        expect(now.updatedAt > read!.updatedAt).toBe(true);
        const version = await store.version();
        // Bo read the forum before Anna's change and saves on top of it
        const stale = await expectCode(store.apply([{ op: 'update', id: id('local'), props: { mandate: 'DECIDES' }, expected: read!.updatedAt }], { by: 'bo' }), 'CONFLICT');
        expect(stale.details).toMatchObject({ id: id('local'), reason: 'STALE_VERSION', expected: read!.updatedAt, current: { mandate: 'ADVISES', updatedBy: 'anna', updatedAt: now.updatedAt } });
        expect(stale.messageSv).toMatch(/har ändrats av någon annan/);
        await expectCode(store.apply([{ op: 'delete', id: id('local'), expected: read!.updatedAt }], { by: 'bo' }), 'CONFLICT');
        // in a list of changes, the stale one undoes the others
        await expectCode(store.apply([
          { op: 'update', id: id('vindeln'), props: { description: 'ändrad' } },
          { op: 'update', id: id('local'), props: { mandate: 'DECIDES' }, expected: read!.updatedAt },
        ], { by: 'bo' }), 'CONFLICT');
        expect(await store.version()).toBe(version);
        expect((await store.getNodes([id('local')]))[0]).toEqual(now);
        expect((await store.getNodes([id('vindeln')]))[0]).not.toHaveProperty('description', 'ändrad');
        // based on the current version, both go through
        await store.apply([{ op: 'update', id: id('local'), props: { mandate: 'DECIDES' }, expected: now.updatedAt }], { by: 'bo' });
        await store.apply([{ op: 'delete', id: id('local'), expected: (await store.getNodes([id('local')]))[0]!.updatedAt }], { by: 'bo' });
        expect(await store.getNodes([id('local')])).toEqual([null]);
      });
      it('lets exactly one of two writers based on the same version through, when they write at once', async () => {
        const [read] = await store.getNodes([id('local')]);
        const settled = await Promise.allSettled((['ADVISES', 'DECIDES'] as const).map((mandate, i) =>
          store.apply([{ op: 'update', id: id('local'), props: { mandate }, expected: read!.updatedAt }], { by: `writer-${i}` })));
        expect(settled.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
        const refused = settled.find((r) => r.status === 'rejected') as PromiseRejectedResult;
        expect(refused.reason).toMatchObject({ code: 'CONFLICT' });
      });
      it('moves an element\'s version on with every write, even two in the same millisecond', async () => {
        const at = '2030-01-01T00:00:00.000Z';
        const versions: string[] = [];
        for (const mandate of ['ADVISES', 'DECIDES', 'INFORMS'] as const) {
          const r = await store.apply([{ op: 'update', id: id('local'), props: { mandate } }], { by: 'anna', at });
          versions.push(r.results[0]!.node!.updatedAt);
        }
        await store.bulkUpsert({ nodes: [{ id: id('local'), label: 'Forum', props: { ...(await store.getNodes([id('local')]))[0], mandate: 'COORDINATES' } }], edges: [] }, { by: 'import', at });
        versions.push((await store.getNodes([id('local')]))[0]!.updatedAt);
        expect(versions[0]).toBe(at);
        expect(new Set(versions).size).toBe(4);
        expect([...versions].sort()).toEqual(versions);
      });
      it('refuses an unknown id with NOT_FOUND', async () => {
        const err = await expectCode(store.apply([{ op: 'update', id: id('nope'), props: { name: 'x' } }], by), 'NOT_FOUND');
        expect(err.details.id).toBe(id('nope'));
      });
      it('refuses an id of another label than the one named, with NOT_FOUND', async () => {
        await expectCode(store.apply([{ op: 'update', id: id('hc'), label: 'Forum', props: { name: 'x' } }], by), 'NOT_FOUND');
        await expectCode(store.apply([{ op: 'delete', id: id('hc'), label: 'Forum' }], by), 'NOT_FOUND');
        expect(await store.getNodes([id('hc')])).toHaveLength(1);
      });
      it('refuses renaming onto another name with CONFLICT', async () => {
        const [umea] = await store.getNodes([id('umea')]);
        await expectCode(store.apply([{ op: 'update', id: id('vindeln'), props: { name: umea!.name } }], by), 'CONFLICT');
      });
      it('checks the merged result: an end date before the stored start date is refused', async () => {
        await expectCode(store.apply([{ op: 'update', id: id('local'), props: { endDate: '2019-01-01' } }], by), 'BAD_USER_INPUT');
      });      it('moves a recorded gap one status at a time, by an update or a bulk upsert, and refuses a jump at the status', async () => {
        const gap = { name: `Glapp hopp ${id('')}`, kind: 'HANDOVER', severity: 'HIGH', status: 'IDENTIFIED' };
        await store.apply([{ op: 'create', label: 'Gap', id: id('jump'), props: gap }], by);
        const err = await expectCode(store.apply([{ op: 'update', id: id('jump'), props: { status: 'CLOSED' } }], by), 'BAD_USER_INPUT');
        expect(err.fields.map((f) => f.path)).toEqual([['props', 'status']]);
        expect(err.details).toEqual({ from: 'IDENTIFIED', to: 'CLOSED', allowed: ['ANALYSED'] });
        await expectCode(store.bulkUpsert({ nodes: [{ label: 'Gap', id: id('jump'), props: { ...gap, status: 'BEING_ADDRESSED' } }], edges: [] }, by), 'BAD_USER_INPUT');
        expect((await store.getNodes([id('jump')]))[0]).toMatchObject({ status: 'IDENTIFIED' });
        await store.apply([{ op: 'update', id: id('jump'), props: { status: 'ANALYSED' } }], by);
        await store.bulkUpsert({ nodes: [{ label: 'Gap', id: id('jump'), props: { ...gap, status: 'BEING_ADDRESSED' } }], edges: [] }, by);
        expect((await store.getNodes([id('jump')]))[0]).toMatchObject({ status: 'BEING_ADDRESSED' });
      });
    });

    describe('delete', () => {
      it('removes the node and every relationship it had', async () => {
        await store.apply([{ op: 'delete', id: id('vindeln') }], by);
        expect(await store.getNodes([id('vindeln')])).toEqual([null]);
        const rel = await store.related([id('local'), id('tg'), id('lansdel')], { direction: 'both' });
        expect(rel.filter((r) => r.node.id === id('vindeln') || r.edge.from === id('vindeln') || r.edge.to === id('vindeln'))).toEqual([]);
        const sub = await store.subgraph({ ids: [id('local'), id('tg'), id('lansdel'), id('vindeln')] });
        expect(sub.edges.every((e) => e.from !== id('vindeln') && e.to !== id('vindeln'))).toBe(true);
      });
      it('refuses an unknown id with NOT_FOUND', async () => {
        await expectCode(store.apply([{ op: 'delete', id: id('nope') }], by), 'NOT_FOUND');
      });
    });

    describe('link and unlink', () => {
      it('links with properties, and linking again updates rather than duplicates', async () => {
        await store.apply([{ op: 'link', type: 'PARTICIPATES_IN', from: id('vindeln'), to: id('local'), props: { source: 'illustrative', role: 'CO_CHAIR' } }], by);
        const rel = await store.related([id('local')], { types: ['PARTICIPATES_IN'], direction: 'in' });
        expect(rel.map((r) => [r.node.id, r.edge.role]).sort()).toEqual([[id('hc'), 'CHAIR'], [id('vindeln'), 'CO_CHAIR']]);
      });
      it('stores a symmetric pairing once, whichever way it is given', async () => {
        await store.apply([
          { op: 'link', type: 'PAIRED_WITH', from: id('vindeln'), to: id('hc'), props: { source: 'illustrative' } },
          { op: 'link', type: 'PAIRED_WITH', from: id('hc'), to: id('vindeln'), props: { source: 'illustrative' } },
        ], by);
        const rel = await store.related([id('hc')], { types: ['PAIRED_WITH'], direction: 'both' });
        expect(rel).toHaveLength(1);
        await store.apply([{ op: 'unlink', type: 'PAIRED_WITH', from: id('vindeln'), to: id('hc') }], by);
        expect(await store.related([id('hc')], { types: ['PAIRED_WITH'], direction: 'both' })).toEqual([]);
      });
      it('keeps one estimate per year', async () => {
        await store.apply([{ op: 'link', type: 'ESTIMATE', from: id('tg'), to: id('vindeln'), props: { source: 'illustrative', count: 160, year: 2024 } }], by);
        let est = await store.related([id('tg')], { types: ['ESTIMATE'], direction: 'out' });
        expect(est.map((r) => [r.edge.year, r.edge.count]).sort()).toEqual([[2022, 156], [2024, 160]]);
        await store.apply([{ op: 'unlink', type: 'ESTIMATE', from: id('tg'), to: id('vindeln'), year: 2022 }], by);
        est = await store.related([id('tg')], { types: ['ESTIMATE'], direction: 'out' });
        expect(est.map((r) => r.edge.year)).toEqual([2024]);
        await store.apply([{ op: 'unlink', type: 'ESTIMATE', from: id('tg'), to: id('vindeln') }], by);
        expect(await store.related([id('tg')], { types: ['ESTIMATE'], direction: 'out' })).toEqual([]);
      });
      it('refuses endpoints of the wrong label with BAD_USER_INPUT naming the field', async () => {
        const err = await expectCode(store.apply([{ op: 'link', type: 'REPORTS_TO', from: id('hc'), to: id('lsg'), props: { source: 'illustrative' } }], by), 'BAD_USER_INPUT');
        expect(err.fields[0]!.path).toEqual(['from']);
      });
      it('refuses a missing endpoint with NOT_FOUND', async () => {
        const err = await expectCode(store.apply([{ op: 'link', type: 'SPANS', from: id('local'), to: id('nope'), props: { source: 'illustrative' } }], by), 'NOT_FOUND');
        expect(err.details.id).toBe(id('nope'));
      });
      it('refuses a relationship from a node to itself', async () => {
        await expectCode(store.apply([{ op: 'link', type: 'REPORTS_TO', from: id('lsg'), to: id('lsg'), props: { source: 'illustrative' } }], by), 'BAD_USER_INPUT');
      });
      it('refuses to unlink what is not there with NOT_FOUND', async () => {
        await expectCode(store.apply([{ op: 'unlink', type: 'SPANS', from: id('lsg'), to: id('pc') }], by), 'NOT_FOUND');
      });
    });

    describe('apply is atomic', () => {
      it('applies nothing when the last change fails', async () => {
        const v0 = await store.version();
        const batch: Change[] = [
          { op: 'create', label: 'Actor', id: id('new1'), props: { name: 'Ny aktör', kind: 'TEAM', principal: 'REGION', source: 'illustrative' } },
          { op: 'link', type: 'PARTICIPATES_IN', from: id('new1'), to: id('lsg'), props: { source: 'illustrative', role: 'MEMBER' } },
          { op: 'update', id: id('lsg'), props: { status: 'ENDED' } },
          { op: 'delete', id: id('umea') },
          { op: 'link', type: 'SPANS', from: id('lsg'), to: id('nope'), props: { source: 'illustrative' } },
        ];
        await expectCode(store.apply(batch, by), 'NOT_FOUND');
        expect(await store.version()).toBe(v0);
        const [n1, lsg, umea] = await store.getNodes([id('new1'), id('lsg'), id('umea')]);
        expect(n1).toBeNull();
        expect(lsg).toMatchObject({ status: 'ACTIVE' });
        expect(umea).not.toBeNull();
        expect(await store.related([id('umea')], { types: ['PART_OF'], direction: 'out' })).toHaveLength(1);
      });
      it('lets a later change use what an earlier one created', async () => {
        const r = await store.apply([
          { op: 'create', label: 'Forum', id: id('new-forum'), props: { name: 'Ny arbetsgrupp', kind: 'WORKING_GROUP', systemLevel: 'MICRO', status: 'PLANNED', source: 'illustrative' } },
          { op: 'link', type: 'REPORTS_TO', from: id('new-forum'), to: id('lsg'), props: { source: 'illustrative' } },
        ], by);
        expect(r.results[1]!.edge).toMatchObject({ type: 'REPORTS_TO', from: id('new-forum'), to: id('lsg') });
      });
    });

    describe('listNodes', () => {
      // Only this test's nodes: they all relate to its own ids.
      const mine = () => [{ ids: [id('lansdel'), id('local'), id('region'), id('vindeln'), id('umea')] }];
      it('filters by label and property, ordered by name', async () => {
        const page = await store.listNodes({ label: 'Actor', where: { kind: ['MUNICIPALITY'] }, related: mine(), first: 10 });
        expect(page.items.map((n) => n.id)).toEqual([id('umea'), id('vindeln')]);
        expect(page.totalCount).toBe(2);
      });
      it('filters by relationship, of given types', async () => {
        const covering = await store.listNodes({ label: 'Forum', related: [{ ids: [id('vindeln')], types: ['COVERS'] }], first: 10 });
        expect(covering.items.map((n) => n.id)).toEqual([id('local')]);
        const spanning = await store.listNodes({ label: 'Forum', related: [{ ids: [id('pc')], types: ['SPANS'] }, { ids: [id('lsg')], types: ['REPORTS_TO'] }], first: 10 });
        expect(spanning.items.map((n) => n.id)).toEqual([id('local')]);
        const none = await store.listNodes({ label: 'Forum', related: [{ ids: [id('vindeln')], types: ['SPANS'] }], first: 10 });
        expect(none.totalCount).toBe(0);
      });
      it('filters by relationship direction, as seen from the node', async () => {
        const below = await store.listNodes({ label: 'Actor', related: [{ ids: [id('lansdel')], types: ['PART_OF'], direction: 'out' }], first: 10 });
        expect(below.items.map((n) => n.id)).toEqual([id('umea'), id('vindeln')]);
        const above = await store.listNodes({ label: 'Actor', related: [{ ids: [id('lansdel')], types: ['PART_OF'], direction: 'in' }], first: 10 });
        expect(above.items.map((n) => n.id)).toEqual([id('region')]);
      });
      it('pages with a cursor', async () => {
        const q = { label: 'Forum' as const, related: [{ ids: [id('lsg'), id('local')] }], first: 1 };
        const all = await store.listNodes({ ...q, first: 10 });
        expect(all.totalCount).toBe(2);
        const p1 = await store.listNodes(q);
        expect(p1).toMatchObject({ totalCount: 2, hasNextPage: true });
        const p2 = await store.listNodes({ ...q, after: p1.endCursor });
        expect(p2.hasNextPage).toBe(false);
        expect([...p1.items, ...p2.items].map((n) => n.id)).toEqual(all.items.map((n) => n.id));
        const p3 = await store.listNodes({ ...q, after: p2.endCursor });
        expect(p3).toMatchObject({ items: [], hasNextPage: false, endCursor: null });
      });
      it('refuses a forged cursor with BAD_USER_INPUT', async () => {
        await expectCode(store.listNodes({ label: 'Forum', first: 1, after: 'not-a-cursor' }), 'BAD_USER_INPUT');
      });
      it('filters by text on name and description', async () => {
        const page = await store.listNodes({ label: 'Actor', text: 'primärvård', related: mine(), first: 10 });
        expect(page.items.map((n) => n.id)).toEqual([id('hc')]);
      });
    });

    describe('listNodes in order', () => {
      // Names Swedish collation orders differently from code points: å before ä, é with e, case ignored
      const NAMES = ['Öst', 'Zeta', 'Åsele', 'éva', 'Ängel', 'Bertil', 'Eva', 'Über', 'ava', 'Evert'];
      const SWEDISH = ['ava', 'Bertil', 'Eva', 'éva', 'Evert', 'Über', 'Zeta', 'Åsele', 'Ängel', 'Öst'];
      let tag: string;
      const mine = () => [{ ids: [id('hub')], types: ['PART_OF' as const] }];
      const names = (page: { items: Array<{ name: string }> }) => page.items.map((n) => n.name.slice(0, -tag.length - 1));
      /** Every page of a list, `first` at a time, following the cursors. */
      async function pages(q: Omit<Parameters<GraphStore['listNodes']>[0], 'first' | 'after'>, first: number) {
        const out: string[] = [];
        let after: string | null = null;
        for (let i = 0; i < 20; i++) {
          const page = await store.listNodes({ ...q, first, after });
          out.push(...names(page));
          if (!page.hasNextPage) return out;
          after = page.endCursor;
        }
        throw new Error('the pages never end');
      }
      beforeEach(async () => {
        tag = id('').replace(/-$/, '');
        await store.apply([
          { op: 'create', label: 'Actor', id: id('hub'), props: { name: `Nav ${tag}`, kind: 'OTHER', principal: 'REGION' } },
          ...NAMES.flatMap((name, i): Change[] => [
            { op: 'create', label: 'Actor', id: id(`o${i}`), props: { name: `${name} ${tag}`, kind: 'TEAM', principal: 'REGION' } },
            { op: 'link', type: 'PART_OF', from: id(`o${i}`), to: id('hub'), props: { source: 'illustrative' } },
          ]),
        ], { by: 'contract-test', at: '2030-01-01T00:00:00.000Z' });
      });

      it('orders by name in Swedish collation, either way', async () => {
        expect(names(await store.listNodes({ label: 'Actor', related: mine(), orderBy: { field: 'NAME', direction: 'ASC' }, first: 20 }))).toEqual(SWEDISH);
        expect(names(await store.listNodes({ label: 'Actor', related: mine(), orderBy: { field: 'NAME', direction: 'DESC' }, first: 20 }))).toEqual([...SWEDISH].reverse());
      });

      it('keeps the default order: the name key, code point by code point', async () => {
        const byNameKey = [...NAMES].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1));
        expect(names(await store.listNodes({ label: 'Actor', related: mine(), first: 20 }))).toEqual(byNameKey);
        expect(byNameKey).not.toEqual(SWEDISH);
      });

      it('pages across the order with cursors, in each direction and field', async () => {
        for (const direction of ['ASC', 'DESC'] as const) {
          for (const field of ['NAME', 'CREATED_AT', 'UPDATED_AT'] as const) {
            const all = names(await store.listNodes({ label: 'Actor', related: mine(), orderBy: { field, direction }, first: 20 }));
            expect(await pages({ label: 'Actor', related: mine(), orderBy: { field, direction } }, 3), `${field} ${direction}`).toEqual(all);
          }
        }
        expect(await pages({ label: 'Actor', related: mine(), orderBy: { field: 'NAME', direction: 'DESC' } }, 4)).toEqual([...SWEDISH].reverse());
      });

      it('orders by when an element was changed or created, ties by id', async () => {
        await store.apply([{ op: 'update', id: id('o1'), props: { description: 'senare' } }], { by: 'contract-test', at: '2030-03-01T00:00:00.000Z' });
        await store.apply([{ op: 'update', id: id('o0'), props: { description: 'först' } }], { by: 'contract-test', at: '2030-02-01T00:00:00.000Z' });
        const ids = (page: { items: Array<{ id: string }> }) => page.items.map((n) => n.id);
        const sameTime = NAMES.map((_, i) => id(`o${i}`)).filter((x) => x !== id('o0') && x !== id('o1')).sort();
        expect(ids(await store.listNodes({ label: 'Actor', related: mine(), orderBy: { field: 'UPDATED_AT', direction: 'DESC' }, first: 3 }))).toEqual([id('o1'), id('o0'), sameTime.at(-1)]);
        expect(ids(await store.listNodes({ label: 'Actor', related: mine(), orderBy: { field: 'UPDATED_AT', direction: 'ASC' }, first: 20 }))).toEqual([...sameTime, id('o0'), id('o1')]);
        expect(ids(await store.listNodes({ label: 'Actor', related: mine(), orderBy: { field: 'CREATED_AT', direction: 'ASC' }, first: 20 }))).toEqual([...sameTime, id('o0'), id('o1')].sort());
      });

      it('follows a rename into its new place', async () => {
        await store.apply([{ op: 'update', id: id('o1'), props: { name: `Aaron ${tag}` } }], by);
        expect(names(await store.listNodes({ label: 'Actor', related: mine(), orderBy: { field: 'NAME', direction: 'ASC' }, first: 2 }))).toEqual(['Aaron', 'ava']);
      });

      it('refuses a cursor of another order with BAD_USER_INPUT at `after`', async () => {
        const byName = await store.listNodes({ label: 'Actor', related: mine(), orderBy: { field: 'NAME', direction: 'ASC' }, first: 2 });
        const err = await expectCode(store.listNodes({ label: 'Actor', related: mine(), orderBy: { field: 'NAME', direction: 'DESC' }, first: 2, after: byName.endCursor }), 'BAD_USER_INPUT');
        expect(err.fields[0]!.path).toEqual(['after']);
        await expectCode(store.listNodes({ label: 'Actor', related: mine(), first: 2, after: byName.endCursor }), 'BAD_USER_INPUT');
        const byDefault = await store.listNodes({ label: 'Actor', related: mine(), first: 2 });
        await expectCode(store.listNodes({ label: 'Actor', related: mine(), orderBy: { field: 'UPDATED_AT', direction: 'ASC' }, first: 2, after: byDefault.endCursor }), 'BAD_USER_INPUT');
      });
    });

    describe('related', () => {
      it('answers many nodes in one call, each row with its origin', async () => {
        const rel = await store.related([id('vindeln'), id('umea')], { types: ['PART_OF'], direction: 'out' });
        expect(rel.map((r) => [r.origin, r.node.id]).sort()).toEqual([[id('umea'), id('lansdel')], [id('vindeln'), id('lansdel')]]);
      });
      it('follows direction', async () => {
        const out = await store.related([id('local')], { direction: 'out' });
        expect(new Set(out.map((r) => r.edge.type))).toEqual(new Set(['REPORTS_TO', 'SPANS', 'COVERS', 'BELONGS_TO']));
        const inn = await store.related([id('local')], { direction: 'in' });
        expect(inn.map((r) => r.node.id).sort()).toEqual([id('hc'), id('vindeln')].sort());
        const both = await store.related([id('local')], { direction: 'both' });
        expect(both).toHaveLength(out.length + inn.length);
      });
    });

    describe('search', () => {
      it('finds by word prefix, diacritics folded, name before description', async () => {
        const hits = await store.search(`Vindel ${f.id('').replace(/-$/, '')}`, { limit: 10 });
        expect(hits.map((h) => h.node.id)).toEqual(expect.arrayContaining([id('vindeln'), id('hc'), id('local')]));
        const umea = await store.search(`umea ${f.id('').replace(/-$/, '')}`, { labels: ['Actor'], limit: 10 });
        // Vindeln's description mentions Umeå länsdel; the names rank first
        expect(umea.map((h) => h.node.id).sort()).toEqual([id('lansdel'), id('umea'), id('vindeln')].sort());
        expect(umea.at(-1)!.node.id).toBe(id('vindeln'));
      });
      it('filters by label and ranks by score', async () => {
        // "samverkan" whole in "Lokal samverkan Vindeln" ranks above the same letters inside "Länssamverkansgrupp"
        const hits = await store.search(`samverkan ${f.id('').replace(/-$/, '')}`, { labels: ['Forum'], limit: 10 });
        expect(hits.map((h) => h.node.id)).toEqual([id('local'), id('lsg')]);
        const scores = (await store.search('vindeln', { limit: 50 })).map((h) => h.score);
        expect([...scores].sort((a, b) => b - a)).toEqual(scores);
      });
      it('finds Swedish words that English stop-word lists drop: för, än, ön, åt, by, in', async () => {
        const tag = f.id('').replace(/-$/, '');
        await store.apply([
          { op: 'create', label: 'TargetGroup', id: id('sw-for'), props: { name: `Vård för äldre ${tag}` } },
          { op: 'create', label: 'TargetGroup', id: id('sw-by'), props: { name: `Unga i by och stad ${tag}`, description: 'Mer än väntat' } },
          { op: 'create', label: 'TargetGroup', id: id('sw-on'), props: { name: `Ön ${tag}`, description: 'Stöd åt alla in i sista stund' } },
        ], by);
        // single words as prefixes ("för" also finds "försvårar"); whole phrases exactly
        const found = async (q: string) => (await store.search(`${q} ${tag}`, { limit: 10 })).map((h) => h.node.id).sort();
        expect(await found('för')).toContain(id('sw-for'));
        expect(await found('vård för äldre')).toEqual([id('sw-for')]);
        expect(await found('by')).toContain(id('sw-by'));
        expect(await found('än')).toContain(id('sw-by'));
        expect(await found('ön')).toContain(id('sw-on'));
        expect(await found('åt')).toContain(id('sw-on'));
        expect(await found('in')).toContain(id('sw-on'));
        expect(await found('stöd åt alla in')).toEqual([id('sw-on')]);
      });
      it('finds nothing for text without words', async () => {
        expect(await store.search(' -*" ', { limit: 5 })).toEqual([]);
      });

      // Swedish makes compounds: a word of three letters or more is found inside
      // longer words too, in the name, the description and a gap's evidence.
      describe('inside Swedish compound words', () => {
        let tag: string;
        const found = async (q: string, labels?: Array<'Gap' | 'Initiative' | 'TargetGroup'>) =>
          (await store.search(`${q} ${tag}`, { limit: 20, ...(labels ? { labels } : {}) })).map((h) => h.node.id);
        beforeEach(async () => {
          tag = f.id('').replace(/-$/, '');
          await store.apply([
            { op: 'create', label: 'Initiative', id: id('vdok'), props: { name: `Gemensam vårddokumentation ${tag}`, kind: 'PROJECT', status: 'ACTIVE' } },
            { op: 'create', label: 'Initiative', id: id('covid-whole'), props: { name: `Covid-mottagning ${tag}`, kind: 'PROJECT', status: 'ACTIVE' } },
            { op: 'create', label: 'Initiative', id: id('covid-inside'), props: { name: `Postcovidmottagning ${tag}`, kind: 'FLOW_IMPROVEMENT', status: 'ACTIVE' } },
            { op: 'create', label: 'Initiative', id: id('covid-text'), props: { name: `Rehabilitering C ${tag}`, description: 'Stöd efter covid', kind: 'PROJECT', status: 'ACTIVE' } },
            { op: 'create', label: 'Initiative', id: id('covid-text-start'), props: { name: `Vaccination E ${tag}`, description: 'Covidvaccin för riskgrupper', kind: 'PROJECT', status: 'ACTIVE' } },
            { op: 'create', label: 'Initiative', id: id('covid-text-inside'), props: { name: `Uppföljning D ${tag}`, description: 'Besök för postcovid-besvär', kind: 'PROJECT', status: 'ACTIVE' } },
            { op: 'create', label: 'TargetGroup', id: id('pv-nara'), props: { name: `Primärvårdsnära stöd ${tag}` } },
            { op: 'create', label: 'TargetGroup', id: id('ocr'), props: { name: `VARDPLAN FOR ALDRE ${tag}`, description: 'OCR utan diakritiska tecken' } },
            {
              op: 'create', label: 'Gap', id: id('evidence'),
              props: { name: `Mellanrum vid utskrivning ${tag}`, kind: 'HANDOVER', severity: 'MEDIUM', evidence: 'Utskrivningsmeddelandet når inte hemsjukvården före hemgång' },
            },
          ], by);
        });

        it('finds "dokumentation" inside "vårddokumentation"', async () => {
          expect(await found('dokumentation')).toEqual([id('vdok')]);
        });

        it('finds "covid" inside "postcovid", in names and descriptions', async () => {
          expect((await found('covid')).sort()).toEqual([id('covid-whole'), id('covid-inside'), id('covid-text'), id('covid-text-start'), id('covid-text-inside')].sort());
        });

        it('folds diacritics both ways: "vard" finds "Primärvårdsnära", "vård" finds OCR\'d "VARDPLAN"', async () => {
          expect((await found('vard', ['TargetGroup'])).sort()).toEqual([id('pv-nara'), id('ocr')].sort());
          expect((await found('vård för äldre', ['TargetGroup']))).toEqual([id('ocr')]);
          expect((await found('primärvård', ['TargetGroup']))).toEqual([id('pv-nara')]);
        });

        it('searches the evidence of a gap, inside its words too', async () => {
          expect(await found('hemgång')).toEqual([id('evidence')]);
          expect(await found('meddelandet hemsjukvard')).toEqual([id('evidence')]);
          expect((await store.listNodes({ label: 'Gap', text: `hemgang ${tag}`, first: 10 })).items.map((n) => n.id)).toEqual([id('evidence')]);
        });

        it('does not find near misses: a different ending, letters across two words, a two-letter word inside another', async () => {
          // what does occur is found …
          expect(await found('ddokument')).toEqual([id('vdok')]);
          expect(await found('lokal samverkan')).toEqual([id('local')]);
          expect((await found('po')).sort()).toEqual([id('covid-inside'), id('covid-text-inside')].sort());
          // … its near misses are not
          expect(await found('dokumentering')).toEqual([]);
          expect(await found('samverkanvindeln')).toEqual([]);
          expect(await found('ov')).toEqual([]);
        });

        it('ranks a whole word above the start of a word above the inside of one, and the name above the text', async () => {
          const hits = await store.search(`covid ${tag}`, { labels: ['Initiative'], limit: 20 });
          expect(hits.map((h) => h.node.id)).toEqual([
            id('covid-whole'), // the whole word, in the name
            id('covid-inside'), // inside a word of the name
            id('covid-text'), // the whole word, in the description
            id('covid-text-start'), // the start of a word in the description
            id('covid-text-inside'), // inside a word of the description
          ]);
          // the same scores on every store: per word the best place it is found, summed
          expect(hits.map((h) => h.score)).toEqual([24, 16, 15, 14, 13]);
        });

        it('the list filter matches text the same way', async () => {
          const page = await store.listNodes({ label: 'Initiative', text: `covid ${tag}`, first: 10 });
          expect(page.totalCount).toBe(5);
          // ordered by name, as every list
          expect(page.items.map((n) => n.id)).toEqual([id('covid-whole'), id('covid-inside'), id('covid-text'), id('covid-text-inside'), id('covid-text-start')]);
        });
      });
    });

    describe('neighbourhood', () => {
      it('grows with depth and includes the relationships among what it found', async () => {
        const d1 = await store.neighbourhood(id('vindeln'), 1);
        expect(d1.nodes.map((n) => n.id).sort()).toEqual([id('vindeln'), id('lansdel'), id('local'), id('tg')].sort());
        expect(d1.edges.every((e) => [e.from, e.to].every((x) => d1.nodes.some((n) => n.id === x)))).toBe(true);
        const d2 = await store.neighbourhood(id('vindeln'), 2);
        expect(d2.nodes.map((n) => n.id)).toEqual(expect.arrayContaining([id('region'), id('umea'), id('hc'), id('lsg'), id('pc')]));
      });
      it('follows only the given types', async () => {
        const d = await store.neighbourhood(id('vindeln'), 3, { types: ['PART_OF'] });
        expect(d.nodes.map((n) => n.id).sort()).toEqual([id('vindeln'), id('lansdel'), id('umea'), id('region')].sort());
        expect(new Set(d.edges.map((e) => e.type))).toEqual(new Set(['PART_OF']));
      });
      it('refuses an unknown id with NOT_FOUND', async () => {
        await expectCode(store.neighbourhood(id('nope'), 1), 'NOT_FOUND');
      });
    });

    describe('subgraph', () => {
      it('returns the nodes asked for and only the relationships among them', async () => {
        const s = await store.subgraph({ ids: [id('local'), id('pc'), id('vindeln')] });
        expect(s.nodes.map((n) => n.id).sort()).toEqual([id('local'), id('pc'), id('vindeln')].sort());
        expect(s.edges.map((e) => e.type).sort()).toEqual(['COVERS', 'PARTICIPATES_IN', 'SPANS']);
      });
      it('selects by label', async () => {
        const s = await store.subgraph({ labels: ['CareLevel'] });
        expect(s.nodes.every((n) => n.label === 'CareLevel')).toBe(true);
        expect(s.nodes.map((n) => n.id)).toEqual(expect.arrayContaining([id('pc'), id('mpc')]));
        expect(s.edges).toEqual([]);
      });
      it('returns everything without a filter', async () => {
        const s = await store.subgraph({});
        expect(s.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(f.changes.filter((c) => c.op === 'create').map((c) => (c as { id: string }).id)));
        expect(s.edges.filter((e) => e.from.startsWith(id(''))).length).toBe(f.changes.filter((c) => c.op === 'link').length);
      });
    });

    describe('bulkUpsert', () => {
      const batch = () => ({
        nodes: [
          { id: id('b1'), label: 'Actor' as const, props: { name: `Bulk ett ${id('')}`, kind: 'TEAM', principal: 'REGION', source: 'illustrative' } },
          { id: id('b2'), label: 'Forum' as const, props: { name: `Bulk forum ${id('')}`, kind: 'TEAM', systemLevel: 'MICRO', status: 'ACTIVE', source: 'illustrative' } },
        ],
        edges: [
          { type: 'PARTICIPATES_IN' as const, from: id('b1'), to: id('b2'), props: { source: 'illustrative', role: 'MEMBER' as const } },
          { type: 'COVERS' as const, from: id('b2'), to: id('umea'), props: { source: 'illustrative' } },
        ],
      });
      it('is idempotent: the second time changes nothing', async () => {
        const first = await store.bulkUpsert(batch(), by);
        expect(first).toMatchObject({ nodes: 2, edges: 2 });
        const second = await store.bulkUpsert(batch(), by);
        expect(second).toMatchObject({ nodes: 0, edges: 0, version: first.version });
      });
      it('updates a changed row by its key', async () => {
        await store.bulkUpsert(batch(), by);
        const b = batch();
        b.nodes[1]!.props.status = 'ENDED';
        b.edges[0]!.props.role = 'CHAIR' as never;
        expect(await store.bulkUpsert(b, by)).toMatchObject({ nodes: 1, edges: 1 });
        const rel = await store.related([id('b2')], { types: ['PARTICIPATES_IN'], direction: 'in' });
        expect(rel[0]!.edge.role).toBe('CHAIR');
        expect((await store.getNodes([id('b2')]))[0]).toMatchObject({ status: 'ENDED' });
      });
      it('takes a relationship given twice in one batch as one', async () => {
        const b = batch();
        b.edges.push({ ...b.edges[0]! });
        expect(await store.bulkUpsert(b, by)).toMatchObject({ nodes: 2, edges: 2 });
        expect(await store.related([id('b2')], { types: ['PARTICIPATES_IN'], direction: 'in' })).toHaveLength(1);
      });
      it('logs each relationship it writes once, with what was stored before, under both its ends', async () => {
        const [last] = await store.changes({ since: 0, limit: 1, newestFirst: true });
        const since = last?.seq ?? 0;
        const b = batch();
        // a symmetric relationship given from its larger end is stored (and logged) from its smaller one
        b.nodes.push({ id: id('b0'), label: 'Actor', props: { name: `Bulk noll ${id('')}`, kind: 'TEAM', principal: 'REGION', source: 'illustrative' } });
        b.edges.push({ type: 'PAIRED_WITH', from: id('b1'), to: id('b0'), props: { source: 'illustrative' } } as never, { ...b.edges[0]! });
        expect(await store.bulkUpsert(b, by)).toMatchObject({ nodes: 3, edges: 3 });
        const links = (await store.changes({ since, limit: 100 })).filter((c) => c.op === 'link');
        const paired = `${id('b0')}|PAIRED_WITH|${id('b1')}`;
        expect(links.map((c) => c.target).sort()).toEqual([`${id('b1')}|PARTICIPATES_IN|${id('b2')}`, `${id('b2')}|COVERS|${id('umea')}`, paired].sort());
        expect(links.every((c) => c.before === null)).toBe(true);
        expect(links.find((c) => c.target === paired)!.after).toMatchObject({ from: id('b0'), to: id('b1'), createdBy: 'contract-test' });
        for (const end of [id('b0'), id('b1')]) expect((await store.changes({ node: end, limit: 100 })).map((c) => c.target)).toContain(paired);
        // again, one role changed: one entry, the stored relationship as before; the unchanged ones none
        const again = batch();
        again.edges[0]!.props.role = 'CHAIR' as never;
        const [mid] = await store.changes({ since: 0, limit: 1, newestFirst: true });
        expect(await store.bulkUpsert(again, by)).toMatchObject({ nodes: 0, edges: 1 });
        const updated = await store.changes({ since: mid!.seq, limit: 100 });
        expect(updated.map((c) => [c.op, c.target])).toEqual([['link', `${id('b1')}|PARTICIPATES_IN|${id('b2')}`]]);
        expect(updated[0]!.before).toMatchObject({ role: 'MEMBER' });
        expect(updated[0]!.after).toMatchObject({ role: 'CHAIR' });
        expect((updated[0]!.after as { createdAt: string }).createdAt).toBe((updated[0]!.before as { createdAt: string }).createdAt);
      });
      it('writes nothing when one row is bad', async () => {
        const v0 = await store.version();
        const b = batch();
        b.edges.push({ type: 'COVERS', from: id('b2'), to: id('nope'), props: { source: 'illustrative' } });
        await expectCode(store.bulkUpsert(b, by), 'NOT_FOUND');
        expect(await store.getNodes([id('b1'), id('b2')])).toEqual([null, null]);
        expect(await store.version()).toBe(v0);
      });
      it('refuses a second id for a taken name with CONFLICT', async () => {
        const [umea] = await store.getNodes([id('umea')]);
        await expectCode(store.bulkUpsert({ nodes: [{ id: id('umea2'), label: 'Actor', props: { name: umea!.name, kind: 'MUNICIPALITY', principal: 'MUNICIPALITY', source: 'illustrative' } }], edges: [] }, by), 'CONFLICT');
      });
    });

    describe('change log', () => {
      it('records each change with who, before and after', async () => {
        await store.apply([
          { op: 'update', id: id('umea'), props: { code: '2480' } },
          { op: 'unlink', type: 'SPANS', from: id('local'), to: id('pc') },
        ], { by: 'anna' });
        const log = await store.changes({ by: 'anna', node: id('umea'), limit: 10 });
        expect(log.map((c) => [c.op, c.target, c.by])).toEqual([['update', id('umea'), 'anna']]);
        expect(log[0]!.before).not.toHaveProperty('code');
        expect(log[0]!.after).toMatchObject({ code: '2480' });
        const unlinked = await store.changes({ by: 'anna', node: id('pc'), limit: 10 });
        expect(unlinked.map((c) => [c.op, c.target])).toEqual([['unlink', `${id('local')}|SPANS|${id('pc')}`]]);
        expect(unlinked[0]!.after).toBeNull();
        expect(unlinked[0]!.seq).toBeGreaterThan(log[0]!.seq);
      });
      it('keeps every change of concurrent writers, each with its own sequence number', async () => {
        const [last] = await store.changes({ since: 0, limit: 1, newestFirst: true });
        const writers = Array.from({ length: 12 }, (_, i) => store.apply([
          { op: 'create', label: 'Actor', id: id(`w${i}`), props: { name: `Skribent ${i} ${id('')}`, kind: 'TEAM', principal: 'REGION' } },
          { op: 'update', id: id(`w${i}`), props: { description: `andra steget ${i}` } },
        ], { by: `writer-${i}` }));
        await Promise.all(writers);
        const log = (await store.changes({ since: last?.seq ?? 0, limit: 100 })).filter((c) => c.by.startsWith('writer-'));
        expect(log).toHaveLength(24);
        for (let i = 0; i < 12; i++) expect(log.filter((c) => c.by === `writer-${i}`).map((c) => c.op)).toEqual(['create', 'update']);
        const seqs = log.map((c) => c.seq);
        expect(new Set(seqs).size).toBe(24);
        expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
      });
      it('gives a node its history: its own changes and those of its relationships, in order', async () => {
        await store.apply([{ op: 'update', id: id('vindeln'), props: { code: '2404' } }], { by: 'bo' });
        const history = await store.changes({ node: id('vindeln'), limit: 100 });
        expect(history[0]).toMatchObject({ op: 'create', target: id('vindeln'), by: 'contract-test' });
        expect(history.at(-1)).toMatchObject({ op: 'update', target: id('vindeln'), by: 'bo' });
        expect(history.map((c) => c.target)).toEqual(expect.arrayContaining([`${id('vindeln')}|PART_OF|${id('lansdel')}`, `${id('local')}|COVERS|${id('vindeln')}`]));
        expect(history.map((c) => c.seq)).toEqual([...history.map((c) => c.seq)].sort((a, b) => a - b));
        const newest = await store.changes({ node: id('vindeln'), newestFirst: true, limit: 1 });
        expect(newest[0]!.seq).toBe(history.at(-1)!.seq);
      });
      it('filters by time', async () => {
        await store.apply([{ op: 'update', id: id('hc'), props: { code: 'x' } }], { by: 'cleo', at: '2031-05-01T10:00:00.000Z' });
        const at = (from?: string, until?: string) => store.changes({ node: id('hc'), by: 'cleo', limit: 10, ...(from ? { from } : {}), ...(until ? { until } : {}) });
        expect(await at('2031-05-01T00:00:00.000Z')).toHaveLength(1);
        expect(await at('2031-05-02T00:00:00.000Z')).toHaveLength(0);
        expect(await at(undefined, '2031-04-30T00:00:00.000Z')).toHaveLength(0);
      });
    });

    describe('documents', () => {
      it('puts, gets, lists, overwrites and deletes by namespace and key', async () => {
        const ns = id('positions');
        expect(await store.getDoc(ns, 'a')).toBeNull();
        await store.putDoc(ns, 'a', { x: 1, y: 2 }, by);
        await store.putDoc(ns, 'b', [1, 2, 3], by);
        await store.putDoc(id('other'), 'a', 'elsewhere', by);
        expect((await store.getDoc(ns, 'a'))?.value).toEqual({ x: 1, y: 2 });
        await store.putDoc(ns, 'a', { x: 5 }, { by: 'bo' });
        expect(await store.getDoc(ns, 'a')).toMatchObject({ key: 'a', value: { x: 5 }, updatedBy: 'bo' });
        expect((await store.listDocs(ns)).map((d) => d.key)).toEqual(['a', 'b']);
        expect(await store.deleteDoc(ns, 'a')).toBe(true);
        expect(await store.deleteDoc(ns, 'a')).toBe(false);
        expect((await store.listDocs(ns)).map((d) => d.key)).toEqual(['b']);
        expect((await store.getDoc(id('other'), 'a'))?.value).toBe('elsewhere');
      });
      it('writes a document only over the version read, when asked to (compare-and-set), and moves its version on every write', async () => {
        const ns = id('cas');
        const at = '2030-01-01T00:00:00.000Z';
        await expectCode(store.putDoc(ns, 'a', 1, { by: 'anna' }, 'not-there'), 'CONFLICT');
        const first = await store.putDoc(ns, 'a', 1, { by: 'anna', at }, null);
        await expectCode(store.putDoc(ns, 'a', 2, { by: 'bo' }, null), 'CONFLICT');
        const second = await store.putDoc(ns, 'a', 2, { by: 'bo', at }, first.updatedAt);
        expect(second.updatedAt > first.updatedAt).toBe(true);
        const stale = await expectCode(store.putDoc(ns, 'a', 3, { by: 'cecilia' }, first.updatedAt), 'CONFLICT');
        expect(stale.details).toMatchObject({ reason: 'STALE_VERSION', expected: first.updatedAt, current: second.updatedAt });
        expect(await store.getDoc(ns, 'a')).toMatchObject({ value: 2, updatedBy: 'bo' });
        // of two writers based on the same version, one gets through
        const settled = await Promise.allSettled([4, 5].map((v) => store.putDoc(ns, 'a', v, { by: `w${v}` }, second.updatedAt)));
        expect(settled.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
      });
      it('deletes a document only at the version read, when asked to (compare-and-set)', async () => {
        const ns = id('cas-delete');
        const first = await store.putDoc(ns, 'a', 1, { by: 'anna' });
        const second = await store.putDoc(ns, 'a', 2, { by: 'bo' }, first.updatedAt);
        const stale = await expectCode(store.deleteDoc(ns, 'a', first.updatedAt), 'CONFLICT');
        expect(stale.details).toMatchObject({ reason: 'STALE_VERSION', expected: first.updatedAt, current: second.updatedAt });
        expect(await store.getDoc(ns, 'a')).toMatchObject({ value: 2, updatedBy: 'bo' });
        expect(await store.deleteDoc(ns, 'a', second.updatedAt)).toBe(true);
        expect(await store.getDoc(ns, 'a')).toBeNull();
        // gone meanwhile: refused too, not reported as deleted
        await expectCode(store.deleteDoc(ns, 'a', second.updatedAt), 'CONFLICT');
      });
      it('reads a document whole: the value read is always the one written at the version read, while others write it', async () => {
        // Neo4j reads a node's properties one by one without a lock (read committed):
        // a value and a version kept apart could come from two different writes, and
        // a compare-and-set on that version would then write over a move it never saw
        const ns = id('whole');
        const written = new Map<string, number>();
        const seen: Array<[string, number]> = [];
        let writing = true;
        const readers = Array.from({ length: 4 }, async () => {
          while (writing) {
            const d = await store.getDoc(ns, 'a');
            if (d) seen.push([d.updatedAt, (d.value as { n: number }).n]);
          }
        });
        try {
          for (let n = 0; n < 600; n++) {
            // every other value large, so a write takes a while to apply
            const d = await store.putDoc(ns, 'a', { n, pad: 'x'.repeat(n % 2 ? 5000 : 10) }, { by: n % 2 ? 'anna' : 'bo' });
            written.set(d.updatedAt, n);
          }
        } finally {
          writing = false;
          await Promise.all(readers);
        }
        expect(seen.length).toBeGreaterThan(100);
        expect(seen.filter(([at, n]) => written.get(at) !== n)).toEqual([]);
      }, 60_000);
    });
  });
}
