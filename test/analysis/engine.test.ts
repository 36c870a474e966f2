// The engine over a real store: the snapshot cache, scopes, collaboration
// paths, and turning findings into recorded gaps or dismissing them.
import { afterEach, describe, expect, it } from 'vitest';
import { DomainError } from '../../server/errors.ts';
import { AsOfView, ReadModel, createAnalysisEngine, detectFindings, mergeOptions, promotedGapId } from '../../server/analysis/index.ts';
import type { GraphStore } from '../../server/store/port.ts';
import { TODAY, county, engineFor, openStore } from './build.ts';

const stores: GraphStore[] = [];
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
});

const graph = () => county()
  .forum('local', { name: 'Lokal samverkan Vindeln', systemLevel: 'MESO' }).members('local', 'hc', 'vindeln').covers('local', 'vindeln')
  .forum('lsg', { name: 'Länssamverkansgrupp', systemLevel: 'MACRO' }).members('lsg', 'region', 'umea').covers('lsg', 'region')
  .node('TargetGroup', 'tg', { name: 'Mest sjuka äldre' })
  .link('ESTIMATE', 'tg', 'umea', { count: 2311, year: 2023, source: '002_3be67d7d3a733685' });

async function setup() {
  const r = await engineFor(graph());
  stores.push(r.store);
  return r;
}

async function rejection(p: Promise<unknown>): Promise<DomainError> {
  const e = await p.then(() => null, (err: unknown) => err);
  expect(e).toBeInstanceOf(DomainError);
  return e as DomainError;
}

describe('the read model', () => {
  it('loads the graph once, then follows the change log', async () => {
    const store = await openStore(graph());
    stores.push(store);
    let loads = 0;
    const counting = new Proxy(store, {
      get(target, prop, receiver) {
        const v = Reflect.get(target, prop, receiver) as unknown;
        if (prop === 'subgraph') return (...args: Parameters<GraphStore['subgraph']>) => { loads++; return target.subgraph(...args); };
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    });
    const engine = createAnalysisEngine(counting, { today: () => TODAY });
    await engine.gapAnalysis();
    await engine.gapAnalysis({ asOf: '2026-01-01', compareTo: '2027-01-01' });
    await engine.coverage({ rows: 'MUNICIPALITIES', columns: 'SYSTEM_LEVELS' });
    await engine.collaborationPath('hc', 'vindeln');
    expect(loads).toBe(1);

    expect((await engine.snapshot()).in('lsg', 'PARTICIPATES_IN').map((e) => e.from)).not.toContain('hc');

    await store.apply([{ op: 'link', type: 'PARTICIPATES_IN', from: 'hc', to: 'lsg', props: { source: 'illustrative' } }], { by: 'test' });
    const after = await engine.gapAnalysis();
    expect(loads).toBe(1);
    expect(after.version).toBe(await store.version());
    expect(after.snapshot.in('lsg', 'PARTICIPATES_IN').map((e) => e.from)).toContain('hc');
    await engine.gapAnalysis();
    expect(loads).toBe(1);
    await engine.close();
  });

  it('shares one load between concurrent readers', async () => {
    const store = await openStore(graph());
    stores.push(store);
    let loads = 0;
    const subgraph = store.subgraph.bind(store);
    const counting: GraphStore = Object.assign(Object.create(store) as GraphStore, { subgraph: (f: Parameters<GraphStore['subgraph']>[0]) => { loads++; return subgraph(f); } });
    const engine = createAnalysisEngine(counting, { today: () => TODAY });
    await Promise.all([engine.gapAnalysis(), engine.gapAnalysis(), engine.coverage({ rows: 'MUNICIPALITIES', columns: 'TARGET_GROUPS' })]);
    expect(loads).toBe(1);
  });
});

describe('store independence', () => {
  it('gives the same answer whatever order the store returns nodes and relationships in', async () => {
    const store = await openStore(graph());
    stores.push(store);
    const data = await store.subgraph({});
    const shuffled = { nodes: [...data.nodes].reverse(), edges: [...data.edges].reverse() };
    const run = (snap: ReadModel) => detectFindings(new AsOfView(snap, TODAY, TODAY), mergeOptions());
    expect(run(new ReadModel(shuffled, 1))).toEqual(run(new ReadModel(data, 1)));
  });
});

describe('scope', () => {
  it('keeps the findings of one municipality, and those of the forums covering it', async () => {
    const { engine } = await setup();
    const vindeln = await engine.gapAnalysis({ scope: 'vindeln' });
    expect(vindeln.scope).toBe('vindeln');
    expect(vindeln.findings.map((f) => f.key)).toEqual([
      'municipality-level-uncovered|vindeln|MACRO',
      'municipality-level-uncovered|vindeln|MICRO',
      'single-point-of-connection|hc|vindeln',
      'single-point-of-connection|local|vindeln',
      'forum-without-convener|local',
      // the county group covers the whole region, Vindeln included
      'forum-without-convener|lsg',
    ]);
  });

  it('gathers everything in a county part, and for a forum the findings it is evidence in', async () => {
    const { engine } = await setup();
    const all = await engine.gapAnalysis();
    expect((await engine.gapAnalysis({ scope: 'lansdel' })).findings).toEqual(all.findings);
    expect((await engine.gapAnalysis({ scope: 'lsg' })).findings.map((f) => f.key)).toEqual([
      'municipality-level-uncovered|vindeln|MACRO', // the county group is at the macro level in Vindeln, but Vindeln is not in it
      'single-point-of-connection|lsg|umea',
      'single-point-of-connection|region|umea', // the path runs through it
      'forum-without-convener|lsg',
    ]);
  });

  it('refuses an unknown scope', async () => {
    const { engine } = await setup();
    expect((await rejection(engine.gapAnalysis({ scope: 'nowhere' }))).code).toBe('NOT_FOUND');
  });

  it('counts findings by severity and rule', async () => {
    const { engine } = await setup();
    const a = await engine.gapAnalysis({ rules: { onlyRules: ['target-group-unserved', 'forum-without-convener'] } });
    expect(a.bySeverity).toEqual([{ severity: 'CRITICAL', count: 0 }, { severity: 'HIGH', count: 1 }, { severity: 'MEDIUM', count: 0 }, { severity: 'LOW', count: 2 }]);
    expect(a.byRule).toEqual([{ ruleId: 'target-group-unserved', count: 1 }, { ruleId: 'forum-without-convener', count: 2 }]);
  });
});

describe('collaboration paths', () => {
  it('finds the shortest chain of forums and actors linking two actors', async () => {
    const { engine } = await setup();
    const p = await engine.collaborationPath('hc', 'vindeln');
    expect(p).toMatchObject({ found: true, path: ['hc', 'local', 'vindeln'], forumCount: 1 });
    expect(p.message.sv).toBe('”Hälsocentral Vindeln” och ”Vindelns kommun” förbinds via 1 forum: ”Hälsocentral Vindeln” → ”Lokal samverkan Vindeln” → ”Vindelns kommun”.');
    expect(p.message.en).toContain('are linked through 1 forum:');
  });

  it('says clearly when there is no chain, or an actor takes part in nothing', async () => {
    const { engine } = await setup();
    const none = await engine.collaborationPath('hc', 'umea');
    expect(none).toMatchObject({ found: false, path: [], forumCount: 0 });
    expect(none.message.sv).toBe(`Ingen kedja av aktiva forum förbinder ”Hälsocentral Vindeln” och ”Umeå kommun” den ${TODAY}.`);
    const idle = await engine.collaborationPath('hemsjukvard', 'umea');
    expect(idle.message.en).toBe(`“Hemsjukvård Vindeln” takes part in no forum active on ${TODAY}.`);
  });

  it('links only actors', async () => {
    const { engine } = await setup();
    const e = await rejection(engine.collaborationPath('local', 'umea'));
    expect(e.code).toBe('BAD_USER_INPUT');
    expect(e.fields).toEqual([{ path: ['from'], message: 'must be an actor', messageSv: 'måste vara en aktör' }]);
    expect((await rejection(engine.collaborationPath('hc', 'ghost'))).code).toBe('NOT_FOUND');
  });
});

describe('dismissing findings', () => {
  const key = 'target-group-unserved|umea|tg';

  it('hides a dismissed finding, keeps the reason visible, and undoes it', async () => {
    const { store, engine } = await setup();
    const d = await engine.dismissFinding(key, 'Hanteras i hemsjukvårdens ordinarie arbete', { by: 'anna', at: '2025-06-01T10:00:00.000Z' });
    expect(d).toEqual({ key, ruleId: 'target-group-unserved', reason: 'Hanteras i hemsjukvårdens ordinarie arbete', at: '2025-06-01T10:00:00.000Z', by: 'anna' });
    expect((await store.getDoc('dismissals', key))!.value).toEqual({ reason: d.reason, ruleId: d.ruleId, at: d.at, by: 'anna' });

    const hidden = await engine.gapAnalysis();
    expect(hidden.findings.map((f) => f.key)).not.toContain(key);
    expect(hidden.dismissedCount).toBe(1);
    const shown = await engine.gapAnalysis({ includeDismissed: true });
    expect(shown.findings.find((f) => f.key === key)!.dismissal).toEqual(d);
    expect(shown.dismissedCount).toBe(0);
    expect(await engine.dismissals()).toEqual([d]);

    expect(await engine.undismissFinding(key)).toBe(true);
    expect(await engine.undismissFinding(key)).toBe(false);
    expect((await engine.gapAnalysis()).findings.find((f) => f.key === key)!.dismissal).toBeNull();
    expect(await engine.dismissals()).toEqual([]);
  });

  it('refuses a key that no rule makes', async () => {
    const { engine } = await setup();
    const e = await rejection(engine.dismissFinding('no-such-rule|x', 'why', { by: 'anna' }));
    expect(e.code).toBe('BAD_USER_INPUT');
    expect(e.fields[0]!.path).toEqual(['key']);
  });
});

describe('promoting findings into recorded gaps', () => {
  it('creates one Gap with kind, severity, rule and key, between the region and the municipality, affecting the target group', async () => {
    const { store, engine } = await setup();
    const key = 'target-group-unserved|umea|tg';
    const gap = await engine.promoteFinding({ key }, { by: 'anna' });
    expect(gap).toMatchObject({
      id: promotedGapId({ ruleId: 'target-group-unserved', key }), label: 'Gap', kind: 'RESPONSIBILITY', severity: 'HIGH', status: 'IDENTIFIED',
      ruleId: 'target-group-unserved', findingKey: key, name: '”Mest sjuka äldre” saknar forum och initiativ i Umeå (2 311 individer)', createdBy: 'anna',
    });
    expect(gap.description).toContain('2 311 individer i Umeå');
    const rel = await store.related([gap.id], { direction: 'out' });
    expect(rel.map((r) => `${r.edge.type}>${r.node.id}`).sort()).toEqual(['AFFECTS>tg', 'BETWEEN>region', 'BETWEEN>umea']);

    const after = await engine.gapAnalysis();
    expect(after.findings.find((f) => f.key === key)!.recordedGapId).toBe(gap.id);
    expect((await rejection(engine.promoteFinding({ key }, { by: 'anna' }))).code).toBe('CONFLICT');
  });

  it('links a hand-over gap to its care levels and takes a severity and name from the caller', async () => {
    const { store, engine } = await engineFor(county().careLevel('pv', 'PRIMARY_CARE').careLevel('kpv', 'MUNICIPAL_PRIMARY_CARE', 'MUNICIPALITY'));
    stores.push(store);
    const key = 'handover-uncovered|vindeln|MUNICIPAL_PRIMARY_CARE~PRIMARY_CARE';
    const gap = await engine.promoteFinding({ key, severity: 'CRITICAL', name: 'Hemsjukvård och hälsocentral saknar gemensam arena' }, { by: 'anna' });
    expect(gap).toMatchObject({ kind: 'HANDOVER', severity: 'CRITICAL', name: 'Hemsjukvård och hälsocentral saknar gemensam arena' });
    const rel = await store.related([gap.id], { types: ['BETWEEN'], direction: 'out' });
    expect(rel.map((r) => r.node.id).sort()).toEqual(['kpv', 'pv']);
  });

  it('refuses a key with no current finding', async () => {
    const { engine } = await setup();
    expect((await rejection(engine.promoteFinding({ key: 'forum-orphan|nothing' }, { by: 'anna' }))).code).toBe('NOT_FOUND');
  });
});

describe('moving a recorded gap through its statuses', () => {
  it('allows one step at a time and refuses a jump with BAD_USER_INPUT', async () => {
    const { engine } = await setup();
    const gap = await engine.promoteFinding({ key: 'target-group-unserved|umea|tg' }, { by: 'anna' });
    expect((await engine.transitionGap(gap.id, 'ANALYSED', { by: 'anna' })).status).toBe('ANALYSED');
    const e = await rejection(engine.transitionGap(gap.id, 'IDENTIFIED', { by: 'anna' }).then(() => engine.transitionGap(gap.id, 'CLOSED', { by: 'anna' })));
    expect(e.code).toBe('BAD_USER_INPUT');
    expect(e.fields).toEqual([{ path: ['status'], message: 'cannot move from IDENTIFIED to CLOSED in one step (identified → analysed → being addressed → closed; a closed gap may reopen)', messageSv: 'kan inte gå från identifierat till stängt i ett steg (identifierat → analyserat → åtgärdas → stängt; ett stängt kan öppnas igen)' }]);
    expect(e.details).toMatchObject({ from: 'IDENTIFIED', to: 'CLOSED', allowed: ['ANALYSED'] });
  });

  it('reopens a closed gap and refuses what is not a gap', async () => {
    const { engine } = await setup();
    const gap = await engine.promoteFinding({ key: 'target-group-unserved|umea|tg' }, { by: 'anna' });
    for (const s of ['ANALYSED', 'BEING_ADDRESSED', 'CLOSED', 'IDENTIFIED'] as const) expect((await engine.transitionGap(gap.id, s, { by: 'anna' })).status).toBe(s);
    expect((await rejection(engine.transitionGap('local', 'ANALYSED', { by: 'anna' }))).code).toBe('NOT_FOUND');
  });
});
