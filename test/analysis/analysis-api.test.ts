// The analysis API through POST /graphql, on an app built as production
// builds it. Whole responses are asserted: data, errors[].path, and
// errors[].extensions.code and fields.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countingStore, openHarness, type Harness } from '../api/harness.ts';
import { county } from './build.ts';

// Dates far from the real today, so the as-of rule gives the same answer whenever the suite runs.
const PAST = '2020-06-01';
const FUTURE = '2040-06-01';

const graph = () => county()
  .forum('local', { name: 'Lokal samverkan Vindeln', systemLevel: 'MESO', startDate: '2019-01-01', endDate: '2039-12-31' })
  .members('local', 'hc', 'vindeln').covers('local', 'vindeln').link('CONVENES', 'hc', 'local')
  .forum('team', { name: 'Samarbetsteam Vindeln', systemLevel: 'MICRO', status: 'PLANNED', plannedStart: '2035-01-01' })
  .members('team', 'hc', 'hemsjukvard').covers('team', 'vindeln').link('CONVENES', 'hc', 'team')
  .node('TargetGroup', 'tg', { name: 'Behov av mobilt team' })
  .link('ESTIMATE', 'tg', 'umea', { count: 2311, year: 2019, source: '002_3be67d7d3a733685' });

let h: Harness;
let counter: ReturnType<typeof countingStore>;

beforeAll(async () => {
  h = await openHarness({ data: (s) => s.apply(graph().changes, { by: 'test' }), wrap: (s) => (counter = countingStore(s)).store });
});
afterAll(() => h.close());

describe('gapAnalysis', () => {
  it('answers findings with their text, scope, evidence and a comparison between two dates', async () => {
    const r = await h.gql(`query($asOf: Date, $to: Date) {
      gapAnalysis(scope: "vindeln", asOf: $asOf, compareTo: $to, rules: { onlyRules: ["municipality-level-uncovered"], systemLevels: [MESO, MICRO] }) {
        asOf total dismissedCount
        scope { id }
        findings { key ruleId rule { id kind } kind severity title { sv en } scope { kind ids } evidenceIds areas { id } between { id } remedies { id } }
        bySeverity { severity count }
        byRule { rule { id } count }
        comparison { from to openedCount closedCount unchangedCount opened { key } closed { key } starting { id } ending { id } }
      } }`, { asOf: PAST, to: FUTURE });
    expect(r).toEqual({
      status: 200,
      data: { gapAnalysis: {
        asOf: PAST, total: 1, dismissedCount: 0,
        scope: { id: 'vindeln' },
        findings: [{
          key: 'municipality-level-uncovered|vindeln|MICRO', ruleId: 'municipality-level-uncovered',
          rule: { id: 'municipality-level-uncovered', kind: 'RESPONSIBILITY' }, kind: 'RESPONSIBILITY', severity: 'HIGH',
          title: { sv: 'Inget gemensamt forum på mikronivå (operativ) i Vindeln', en: 'No shared forum at micro level (operational) in Vindeln' },
          scope: { kind: 'MUNICIPALITY', ids: ['vindeln'] }, evidenceIds: ['vindeln'], areas: [{ id: 'vindeln' }],
          between: [{ id: 'region' }, { id: 'vindeln' }], remedies: [{ id: 'team' }],
        }],
        bySeverity: [{ severity: 'CRITICAL', count: 0 }, { severity: 'HIGH', count: 1 }, { severity: 'MEDIUM', count: 0 }, { severity: 'LOW', count: 0 }],
        byRule: [{ rule: { id: 'municipality-level-uncovered' }, count: 1 }],
        comparison: {
          from: PAST, to: FUTURE, openedCount: 1, closedCount: 1, unchangedCount: 0,
          opened: [{ key: 'municipality-level-uncovered|vindeln|MESO' }], closed: [{ key: 'municipality-level-uncovered|vindeln|MICRO' }],
          starting: [{ id: 'team' }], ending: [{ id: 'local' }],
        },
      } },
    });
  });

  it('gives a target group finding its estimate in words and numbers', async () => {
    const r = await h.gql(`{ gapAnalysis(asOf: "${PAST}", rules: { onlyRules: ["target-group-unserved"] }) { findings { explanation { sv en } estimate { count year source } affects { id } } } }`);
    const [f] = r.data!.gapAnalysis.findings;
    expect(f.explanation.sv).toContain('2 311 individer i Umeå');
    expect(f.explanation.en).toContain('2,311 individuals in Umeå');
    expect(f).toMatchObject({ estimate: { count: 2311, year: 2019, source: '002_3be67d7d3a733685' }, affects: [{ id: 'tg' }] });
  });

  it('reads the graph once per store version however many queries ask', async () => {
    await h.gql(`{ gapAnalysis { total } }`);
    counter.reset();
    await h.gql(`{ gapAnalysis(asOf: "${PAST}") { findings { evidence { id name } scope { nodes { id } } } } coverage(rows: MUNICIPALITIES, columns: SYSTEM_LEVELS) { totals { none } } }`);
    expect(counter.calls.get('subgraph') ?? 0).toBe(0);
  });

  it('refuses bad dates and unknown rules with BAD_USER_INPUT naming each field in English and Swedish', async () => {
    const r = await h.gql(`{ gapAnalysis(asOf: "2025-13-45", rules: { onlyRules: ["nope"], nearDuplicateThreshold: 2, handoverPairs: [{ a: EMERGENCY, b: EMERGENCY }] }) { total } }`);
    expect(r.data).toBeNull();
    expect(r.errors).toHaveLength(1);
    const e = r.errors![0]!;
    expect(e.path).toEqual(['gapAnalysis']);
    expect(e.extensions.code).toBe('BAD_USER_INPUT');
    expect(e.extensions.fields!.map((f) => f.path)).toEqual([['asOf'], ['rules', 'onlyRules', 0], ['rules', 'handoverPairs', 0, 'b'], ['rules', 'nearDuplicateThreshold']]);
    expect(e.extensions.fields![0]).toMatchObject({ message: 'must be a date as YYYY-MM-DD', messageSv: 'måste vara ett datum som ÅÅÅÅ-MM-DD' });
    expect(e.extensions.fields![2]).toMatchObject({ message: 'must join two different care levels', messageSv: 'måste förena två olika vårdnivåer' });
  });

  it('answers NOT_FOUND for an unknown scope', async () => {
    const r = await h.gql(`{ gapAnalysis(scope: "nowhere") { total } }`);
    expect(r.errors![0]).toMatchObject({ path: ['gapAnalysis'], extensions: { code: 'NOT_FOUND' } });
  });
});

describe('coverage', () => {
  it('answers a matrix a person can read without colour and drill into', async () => {
    const r = await h.gql(`{ coverage(rows: MUNICIPALITIES, columns: SYSTEM_LEVELS, asOf: "${PAST}") {
      asOf rowKind columnKind columns { key label { sv } systemLevel }
      rows { area { id } cells { column state count text { sv en } active { id } planned { id } findingKey } }
      totals { covered plannedOnly none } } }`);
    const m = r.data!.coverage;
    expect(m).toMatchObject({ asOf: PAST, rowKind: 'MUNICIPALITIES', columnKind: 'SYSTEM_LEVELS', totals: { covered: 1, plannedOnly: 1, none: 4 } });
    expect(m.columns).toEqual([{ key: 'MACRO', label: { sv: 'Makro' }, systemLevel: 'MACRO' }, { key: 'MESO', label: { sv: 'Meso' }, systemLevel: 'MESO' }, { key: 'MICRO', label: { sv: 'Mikro' }, systemLevel: 'MICRO' }]);
    expect(m.rows.find((row: { area: { id: string } }) => row.area.id === 'vindeln').cells).toEqual([
      { column: 'MACRO', state: 'NONE', count: 0, text: { sv: 'Saknas', en: 'None' }, active: [], planned: [], findingKey: 'municipality-level-uncovered|vindeln|MACRO' },
      { column: 'MESO', state: 'COVERED', count: 1, text: { sv: 'Täckt (1)', en: 'Covered (1)' }, active: [{ id: 'local' }], planned: [], findingKey: null },
      { column: 'MICRO', state: 'PLANNED_ONLY', count: 0, text: { sv: 'Endast planerat (1)', en: 'Planned only (1)' }, active: [], planned: [{ id: 'team' }], findingKey: 'municipality-level-uncovered|vindeln|MICRO' },
    ]);
  });

  it('refuses an unknown row kind at the GraphQL layer', async () => {
    const r = await h.gql(`{ coverage(rows: REGIONS, columns: SYSTEM_LEVELS) { asOf } }`);
    expect(r.errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('collaborationPath', () => {
  it('answers the chain, or found=false with the reason', async () => {
    const r = await h.gql(`{
      yes: collaborationPath(from: "hc", to: "vindeln", asOf: "${PAST}") { found forumCount from { id } to { id } path { id label } message { sv } }
      no: collaborationPath(from: "hc", to: "umea", asOf: "${PAST}") { found path { id } message { sv en } } }`);
    expect(r.data).toEqual({
      yes: {
        found: true, forumCount: 1, from: { id: 'hc' }, to: { id: 'vindeln' },
        path: [{ id: 'hc', label: 'Actor' }, { id: 'local', label: 'Forum' }, { id: 'vindeln', label: 'Actor' }],
        message: { sv: '”Hälsocentral Vindeln” och ”Vindelns kommun” förbinds via 1 forum: ”Hälsocentral Vindeln” → ”Lokal samverkan Vindeln” → ”Vindelns kommun”.' },
      },
      no: { found: false, path: [], message: { sv: `”Umeå kommun” deltar inte i något aktivt forum den ${PAST}.`, en: `“Umeå kommun” takes part in no forum active on ${PAST}.` } },
    });
  });

  it('refuses a forum as an end with BAD_USER_INPUT at `from`', async () => {
    const r = await h.gql(`{ collaborationPath(from: "local", to: "hc") { found } }`);
    expect(r.errors![0]).toMatchObject({ path: ['collaborationPath'], extensions: { code: 'BAD_USER_INPUT', fields: [{ path: ['from'], message: 'must be an actor', messageSv: 'måste vara en aktör' }] } });
  });
});

describe('dismissing, promoting and moving gaps', () => {
  const key = 'target-group-unserved|umea|tg';

  it('dismisses a finding with a reason, shows it on request, and undoes it', async () => {
    const d = await h.gql(`mutation { dismissFinding(key: "${key}", reason: "Hanteras av hemsjukvården") { key ruleId reason by } }`);
    expect(d.data).toEqual({ dismissFinding: { key, ruleId: 'target-group-unserved', reason: 'Hanteras av hemsjukvården', by: 'local' } });
    const q = `query($all: Boolean) { gapAnalysis(asOf: "${PAST}", includeDismissed: $all, rules: { onlyRules: ["target-group-unserved"] }) { total dismissedCount findings { key dismissal { reason } } } }`;
    expect((await h.gql(q)).data!.gapAnalysis).toEqual({ total: 0, dismissedCount: 1, findings: [] });
    expect((await h.gql(q, { all: true })).data!.gapAnalysis).toEqual({ total: 1, dismissedCount: 0, findings: [{ key, dismissal: { reason: 'Hanteras av hemsjukvården' } }] });
    expect((await h.gql(`{ dismissals { key reason } }`)).data).toEqual({ dismissals: [{ key, reason: 'Hanteras av hemsjukvården' }] });
    expect((await h.gql(`mutation { undismissFinding(key: "${key}") { key undismissed } }`)).data).toEqual({ undismissFinding: { key, undismissed: true } });
    expect((await h.gql(q)).data!.gapAnalysis.total).toBe(1);
  });

  it('refuses an empty reason and a key no rule makes', async () => {
    const r = await h.gql(`mutation { dismissFinding(key: "nothing|x", reason: "  ") { key } }`);
    expect(r.errors![0]).toMatchObject({ path: ['dismissFinding'], extensions: { code: 'BAD_USER_INPUT' } });
    expect(r.errors![0]!.extensions.fields!.map((f) => [f.path, f.messageSv])).toEqual([
      [['key'], 'måste vara en nyckel till ett fynd från en känd regel'],
      [['reason'], 'får inte vara tom'],
    ]);
  });

  it('promotes a finding into a recorded gap and moves it one step at a time', async () => {
    const p = await h.gql(`mutation { promoteFinding(key: "${key}", asOf: "${PAST}") { id kind severity status ruleId findingKey between { id } affects { id } } }`);
    const gap = p.data!.promoteFinding;
    expect(gap).toMatchObject({ kind: 'RESPONSIBILITY', severity: 'HIGH', status: 'IDENTIFIED', ruleId: 'target-group-unserved', findingKey: key, affects: [{ id: 'tg' }] });
    expect(gap.between.map((n: { id: string }) => n.id).sort()).toEqual(['region', 'umea']);
    const seen = await h.gql(`{ gapAnalysis(asOf: "${PAST}", rules: { onlyRules: ["target-group-unserved"] }) { findings { recordedGap { id } } } }`);
    expect(seen.data!.gapAnalysis.findings).toEqual([{ recordedGap: { id: gap.id } }]);
    const again = await h.gql(`mutation { promoteFinding(key: "${key}", asOf: "${PAST}") { id } }`);
    expect(again.errors![0]).toMatchObject({ path: ['promoteFinding'], extensions: { code: 'CONFLICT', gapId: gap.id } });

    const jump = await h.gql(`mutation { transitionGap(id: "${gap.id}", status: CLOSED) { status } }`);
    expect(jump).toMatchObject({ data: null, errors: [{ path: ['transitionGap'], extensions: { code: 'BAD_USER_INPUT', fields: [{ path: ['status'], message: 'cannot move from IDENTIFIED to CLOSED in one step (identified → analysed → being addressed → closed; a closed gap may reopen)' }] } }] });
    const step = await h.gql(`mutation { transitionGap(id: "${gap.id}", status: ANALYSED) { id status } }`);
    expect(step).toEqual({ status: 200, data: { transitionGap: { id: gap.id, status: 'ANALYSED' } } });
  });
});
