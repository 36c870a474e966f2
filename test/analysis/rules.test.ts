// Every rule: a small graph where it must fire and a near miss where it must not.
import { afterEach, describe, expect, it } from 'vitest';
import type { AnalysisOptions, FindingView, RuleId } from '../../server/analysis/index.ts';
import { RULES } from '../../server/analysis/index.ts';
import type { GraphStore } from '../../server/store/port.ts';
import { county, engineFor, type GraphBuilder } from './build.ts';

const stores: GraphStore[] = [];
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
});

async function findings(b: GraphBuilder, rule: RuleId, opts: { asOf?: string; rules?: Partial<AnalysisOptions> } = {}): Promise<FindingView[]> {
  const { store, engine } = await engineFor(b);
  stores.push(store);
  const a = await engine.gapAnalysis({ asOf: opts.asOf ?? null, rules: { ...opts.rules, onlyRules: [rule] } });
  return a.findings;
}
const keys = (fs: FindingView[]) => fs.map((f) => f.key).sort();

describe('the rule catalogue', () => {
  it('gives every rule a stable id, a kind, a severity, and a title and description in Swedish and English', () => {
    expect(RULES.map((r) => r.id)).toEqual([
      'municipality-level-uncovered', 'handover-uncovered', 'target-group-unserved', 'boundary-forum-one-principal',
      'forum-orphan', 'reporting-cycle', 'forum-without-mandate', 'forum-without-convener', 'forum-without-participants',
      'planned-forum-overdue', 'single-point-of-connection', 'near-duplicate-forums',
    ]);
    for (const r of RULES) {
      for (const t of [r.title, r.description]) {
        expect(t.sv.length).toBeGreaterThan(10);
        expect(t.en.length).toBeGreaterThan(10);
        expect(t.sv).not.toBe(t.en);
      }
    }
  });
});

describe('every finding', () => {
  it('explains itself in Swedish and English, with a key made of its rule and scope ids', async () => {
    // one graph on which all twelve rules fire
    const b = county()
      .careLevel('pv', 'PRIMARY_CARE').careLevel('kpv', 'MUNICIPAL_PRIMARY_CARE', 'MUNICIPALITY')
      .node('TargetGroup', 'tg', { name: 'Mest sjuka äldre' }).link('ESTIMATE', 'tg', 'umea', { count: 2311, year: 2023, source: 'x' })
      .actor('mas', 'MAS Vindeln', 'ROLE', 'MUNICIPALITY')
      .forum('local', { mandate: undefined, topLevel: false }).members('local', 'hc', 'vindeln', 'mas').covers('local', 'vindeln')
      .forum('twin').members('twin', 'hc', 'vindeln', 'mas').covers('twin', 'vindeln')
      .forum('regional').members('regional', 'hc', 'region')
      .forum('a', { topLevel: false }).forum('b', { topLevel: false }).link('REPORTS_TO', 'a', 'b').link('REPORTS_TO', 'b', 'a')
      .forum('late', { status: 'PLANNED', plannedStart: '2025-01-01' });
    const { store, engine } = await engineFor(b);
    stores.push(store);
    const all = (await engine.gapAnalysis()).findings;
    expect(new Set(all.map((f) => f.ruleId))).toEqual(new Set(RULES.map((r) => r.id)));
    for (const f of all) {
      // rule, scope ids, then what within the scope (a level, a hand-over pair, a target group)
      expect(f.key.startsWith([f.ruleId, ...f.scope.ids].join('|')), f.key).toBe(true);
      for (const t of [f.title, f.explanation]) {
        expect(t.sv.trim().length, f.key).toBeGreaterThan(10);
        expect(t.en.trim().length, f.key).toBeGreaterThan(10);
        expect(t.sv, f.key).not.toBe(t.en);
      }
    }
  });
});

describe('municipality-level-uncovered', () => {
  const base = () => county()
    .forum('local', { name: 'Lokal samverkan Vindeln', systemLevel: 'MESO' }).members('local', 'hc', 'vindeln').covers('local', 'vindeln');

  it('fires for each level at which a municipality shares no active forum with the region, and not where it does', async () => {
    const fs = await findings(base(), 'municipality-level-uncovered');
    expect(keys(fs)).toEqual([
      'municipality-level-uncovered|umea|MACRO', 'municipality-level-uncovered|umea|MESO', 'municipality-level-uncovered|umea|MICRO',
      'municipality-level-uncovered|vindeln|MACRO', 'municipality-level-uncovered|vindeln|MICRO',
    ]);
    const micro = fs.find((f) => f.key === 'municipality-level-uncovered|vindeln|MICRO')!;
    expect(micro).toMatchObject({ ruleId: 'municipality-level-uncovered', kind: 'RESPONSIBILITY', severity: 'HIGH', scope: { kind: 'MUNICIPALITY', ids: ['vindeln'] } });
    expect(micro.title).toEqual({ sv: 'Inget gemensamt forum på mikronivå (operativ) i Vindeln', en: 'No shared forum at micro level (operational) in Vindeln' });
    expect(micro.explanation.sv).toContain('både regionen och kommunen');
    expect(micro.explanation.en).toContain('both the region and the municipality');
    expect(micro.between).toEqual(['region', 'vindeln']);
  });

  it('counts a forum covering the county part when a part of the municipality (its home care) takes part', async () => {
    const b = county()
      .forum('lsg', { systemLevel: 'MACRO' }).members('lsg', 'region', 'hemsjukvard').covers('lsg', 'lansdel');
    const fs = await findings(b, 'municipality-level-uncovered', { rules: { systemLevels: ['MACRO'] } });
    expect(keys(fs)).toEqual(['municipality-level-uncovered|umea|MACRO']);
  });

  it('does not count a forum only one side attends, and says so', async () => {
    const b = county().forum('hcgroup', { name: 'Hälsocentralens grupp', systemLevel: 'MICRO' }).members('hcgroup', 'hc').covers('hcgroup', 'vindeln');
    const [f] = (await findings(b, 'municipality-level-uncovered', { rules: { systemLevels: ['MICRO'] } })).filter((x) => x.scope.ids[0] === 'vindeln');
    expect(f!.evidence).toEqual(['vindeln', 'hcgroup']);
    expect(f!.explanation.sv).toContain('bara en sida deltar: ”Hälsocentralens grupp”');
    expect(f!.explanation.en).toContain('attended by one side only: “Hälsocentralens grupp”');
  });

  it('does not count a shared forum that covers another municipality', async () => {
    const b = county().forum('f', { systemLevel: 'MICRO' }).members('f', 'hc', 'vindeln').covers('f', 'umea');
    const fs = await findings(b, 'municipality-level-uncovered', { rules: { systemLevels: ['MICRO'] } });
    expect(keys(fs)).toEqual(['municipality-level-uncovered|umea|MICRO', 'municipality-level-uncovered|vindeln|MICRO']);
  });

  it('names a planned forum that would close the gap', async () => {
    const b = county().forum('team', { name: 'Samarbetsteam Vindeln', systemLevel: 'MICRO', status: 'PLANNED', plannedStart: '2026-01-01' }).covers('team', 'vindeln');
    const f = (await findings(b, 'municipality-level-uncovered', { rules: { systemLevels: ['MICRO'] } })).find((x) => x.scope.ids[0] === 'vindeln')!;
    expect(f.remedies).toEqual(['team']);
    expect(f.explanation.sv).toContain('Planerat');
    expect(f.explanation.en).toContain('Planned');
  });
});

describe('handover-uncovered', () => {
  const levels = () => county()
    .careLevel('slutenvard', 'SPECIALISED_INPATIENT')
    .careLevel('kpv', 'MUNICIPAL_PRIMARY_CARE', 'MUNICIPALITY')
    .careLevel('pv', 'PRIMARY_CARE');

  it('fires per municipality and configured pair with no active forum spanning both levels, skipping pairs not on the map', async () => {
    const b = levels()
      .forum('utskrivning', { name: 'Utskrivningsgrupp' }).members('utskrivning', 'hc', 'vindeln').covers('utskrivning', 'lansdel')
      .link('SPANS', 'utskrivning', 'slutenvard').link('SPANS', 'utskrivning', 'kpv');
    const fs = await findings(b, 'handover-uncovered');
    // discharge is spanned for the whole county part; primary care ↔ municipal primary care nowhere;
    // emergency, ambulance and outpatient care are not on this map
    expect(keys(fs)).toEqual(['handover-uncovered|umea|MUNICIPAL_PRIMARY_CARE~PRIMARY_CARE', 'handover-uncovered|vindeln|MUNICIPAL_PRIMARY_CARE~PRIMARY_CARE']);
    const f = fs.find((x) => x.scope.ids[0] === 'umea')!;
    expect(f).toMatchObject({ kind: 'HANDOVER', severity: 'HIGH', scope: { kind: 'MUNICIPALITY', ids: ['umea'] } });
    expect(f.between.sort()).toEqual(['kpv', 'pv']);
    expect(f.title.sv).toBe('Inget forum för överlämning mellan primärvård och kommunal primärvård i Umeå');
    expect(f.title.en).toBe('No forum for the hand-over between primary care and municipal primary care in Umeå');
  });

  it('does not count a forum spanning only one of the two levels, nor an ended one', async () => {
    const b = levels()
      .forum('half').covers('half', 'region').link('SPANS', 'half', 'slutenvard')
      .forum('old', { status: 'ENDED', startDate: '2020-01-01', endDate: '2024-12-31' }).covers('old', 'region')
      .link('SPANS', 'old', 'slutenvard').link('SPANS', 'old', 'kpv');
    const fs = await findings(b, 'handover-uncovered', { rules: { handoverPairs: [{ a: 'MUNICIPAL_PRIMARY_CARE', b: 'SPECIALISED_INPATIENT' }] } });
    expect(keys(fs)).toEqual(['handover-uncovered|umea|MUNICIPAL_PRIMARY_CARE~SPECIALISED_INPATIENT', 'handover-uncovered|vindeln|MUNICIPAL_PRIMARY_CARE~SPECIALISED_INPATIENT']);
    // the ended forum still counted while it ran
    expect(await findings(b, 'handover-uncovered', { asOf: '2024-06-01', rules: { handoverPairs: [{ a: 'SPECIALISED_INPATIENT', b: 'MUNICIPAL_PRIMARY_CARE' }] } })).toEqual([]);
  });

  it('can be asked per county part instead of per municipality', async () => {
    const fs = await findings(levels(), 'handover-uncovered', { rules: { handoverArea: 'COUNTY_PARTS' } });
    expect(keys(fs)).toEqual(['handover-uncovered|lansdel|MUNICIPAL_PRIMARY_CARE~PRIMARY_CARE', 'handover-uncovered|lansdel|MUNICIPAL_PRIMARY_CARE~SPECIALISED_INPATIENT']);
    expect(fs[0]!.scope.kind).toBe('COUNTY_PART');
  });
});

describe('target-group-unserved', () => {
  const base = () => county()
    .node('TargetGroup', 'tg-mobil', { name: 'Behov av mobilt team' })
    .link('ESTIMATE', 'tg-mobil', 'umea', { count: 2311, year: 2023, source: '002_3be67d7d3a733685' })
    .link('ESTIMATE', 'tg-mobil', 'vindeln', { count: 156, year: 2023, source: '002_3be67d7d3a733685' });

  it('fires where an estimated population has no active forum or initiative, with the estimate in the text', async () => {
    const b = base().forum('team').covers('team', 'vindeln').link('SERVES', 'team', 'tg-mobil');
    const fs = await findings(b, 'target-group-unserved');
    expect(keys(fs)).toEqual(['target-group-unserved|umea|tg-mobil']);
    const f = fs[0]!;
    expect(f.explanation.sv).toContain('2 311 individer i Umeå');
    expect(f.explanation.en).toContain('2,311 individuals in Umeå');
    expect(f.explanation.sv).toContain('002_3be67d7d3a733685');
    expect(f.estimate).toEqual({ count: 2311, year: 2023, source: '002_3be67d7d3a733685', targetGroupId: 'tg-mobil', areaId: 'umea' });
    expect(f.affects).toEqual(['tg-mobil']);
    expect(f.between).toEqual(['region', 'umea']);
  });

  it('counts an initiative the municipality takes part in as a pilot', async () => {
    const b = base().node('Initiative', 'mobilt', { name: 'Mobilt samverkanssystem', kind: 'DEVELOPMENT_AREA', status: 'ACTIVE' })
      .link('SERVES', 'mobilt', 'tg-mobil').link('BELONGS_TO', 'umea', 'mobilt').covers('mobilt', 'vindeln');
    expect(await findings(b, 'target-group-unserved')).toEqual([]);
  });

  it('ignores a county-part total when its municipalities have their own estimates, and zero estimates', async () => {
    const b = base().link('ESTIMATE', 'tg-mobil', 'lansdel', { count: 3123, year: 2023, source: 'x' })
      .node('TargetGroup', 'tg-none', { name: 'Ingen' }).link('ESTIMATE', 'tg-none', 'umea', { count: 0, year: 2023, source: 'x' });
    expect(keys(await findings(b, 'target-group-unserved'))).toEqual(['target-group-unserved|umea|tg-mobil', 'target-group-unserved|vindeln|tg-mobil']);
  });
});

describe('boundary-forum-one-principal', () => {
  it('fires for a cross-boundary forum whose participants all share one principal', async () => {
    const b = county().forum('f', { name: 'Regionens grupp' }).members('f', 'hc', 'region');
    const fs = await findings(b, 'boundary-forum-one-principal');
    expect(keys(fs)).toEqual(['boundary-forum-one-principal|f']);
    expect(fs[0]!.explanation.sv).toContain('regionen');
    expect(fs[0]!.explanation.en).toContain('the region');
    expect(fs[0]!.evidence.sort()).toEqual(['f', 'hc', 'region']);
  });

  it('does not fire when the forum is not meant to cross the boundary, or has a counterpart', async () => {
    const b = county()
      .forum('internal', { crossesBoundary: false }).members('internal', 'hc', 'region')
      .forum('mixed').members('mixed', 'hc', 'vindeln');
    expect(await findings(b, 'boundary-forum-one-principal')).toEqual([]);
  });
});

describe('forum-orphan', () => {
  it('fires for a forum that is not top level and reports nowhere, or only to an ended forum', async () => {
    const b = county()
      .forum('alone', { topLevel: false })
      .forum('gone', { status: 'ENDED', endDate: '2024-01-01', name: 'Nedlagd grupp' })
      .forum('child', { topLevel: false }).link('REPORTS_TO', 'child', 'gone');
    const fs = await findings(b, 'forum-orphan');
    expect(keys(fs)).toEqual(['forum-orphan|alone', 'forum-orphan|child']);
    expect(fs.find((f) => f.key === 'forum-orphan|child')!.explanation.sv).toContain('”Nedlagd grupp”, som har upphört');
  });

  it('does not fire for a top-level forum or one reporting to a live forum', async () => {
    const b = county().forum('top').forum('child', { topLevel: false }).link('REPORTS_TO', 'child', 'top');
    expect(await findings(b, 'forum-orphan')).toEqual([]);
  });
});

describe('reporting-cycle', () => {
  it('fires once for forums reporting to each other in a circle', async () => {
    const b = county().forum('a', { topLevel: false }).forum('b', { topLevel: false }).forum('c', { topLevel: false })
      .link('REPORTS_TO', 'a', 'b').link('REPORTS_TO', 'b', 'c').link('REPORTS_TO', 'c', 'a');
    const fs = await findings(b, 'reporting-cycle');
    expect(keys(fs)).toEqual(['reporting-cycle|a|b|c']);
    expect(fs[0]!.scope).toEqual({ kind: 'FORUM', ids: ['a', 'b', 'c'] });
  });

  it('does not fire for a chain ending at the top', async () => {
    const b = county().forum('a', { topLevel: false }).forum('b', { topLevel: false }).forum('top')
      .link('REPORTS_TO', 'a', 'b').link('REPORTS_TO', 'b', 'top');
    expect(await findings(b, 'reporting-cycle')).toEqual([]);
  });
});

describe('forum-without-mandate and forum-without-convener', () => {
  const b = () => county()
    .forum('bare', { mandate: undefined })
    .forum('planned-bare', { mandate: undefined, status: 'PLANNED' })
    .forum('ok').link('CONVENES', 'hc', 'ok')
    .forum('ended-bare', { mandate: undefined, status: 'ENDED', endDate: '2024-01-01' });

  it('fires for active and planned forums without a mandate, not ended ones', async () => {
    expect(keys(await findings(b(), 'forum-without-mandate'))).toEqual(['forum-without-mandate|bare', 'forum-without-mandate|planned-bare']);
  });

  it('fires for forums no actor convenes, not for the convened one', async () => {
    expect(keys(await findings(b(), 'forum-without-convener'))).toEqual(['forum-without-convener|bare', 'forum-without-convener|planned-bare']);
  });
});

describe('forum-without-participants', () => {
  it('fires for an active forum without participants, not a planned one or one with participants', async () => {
    const b = county().forum('empty').forum('future', { status: 'PLANNED' }).forum('full').members('full', 'hc');
    expect(keys(await findings(b, 'forum-without-participants'))).toEqual(['forum-without-participants|empty']);
  });
});

describe('planned-forum-overdue', () => {
  const b = () => county()
    .forum('late', { status: 'PLANNED', plannedStart: '2025-01-15', name: 'Sen grupp' })
    .forum('soon', { status: 'PLANNED', plannedStart: '2025-09-01' })
    .forum('undated', { status: 'PLANNED' });

  it('fires for a forum still planned after its planned start', async () => {
    const fs = await findings(b(), 'planned-forum-overdue');
    expect(keys(fs)).toEqual(['planned-forum-overdue|late']);
    expect(fs[0]!.title).toEqual({ sv: '”Sen grupp” skulle ha startat 2025-01-15', en: '“Sen grupp” was due to start on 2025-01-15' });
  });

  it('does not fire before the planned start, nor on a future date where the plan is projected to run', async () => {
    expect(await findings(b(), 'planned-forum-overdue', { asOf: '2025-01-01' })).toEqual([]);
    expect(await findings(b(), 'planned-forum-overdue', { asOf: '2025-12-01' })).toEqual([]);
  });
});

describe('single-point-of-connection', () => {
  const base = () => county()
    .forum('local', { name: 'Lokal samverkan Vindeln' }).members('local', 'hc', 'vindeln').covers('local', 'vindeln');

  it('fires for the forum and the actor every region–municipality link passes through', async () => {
    const fs = await findings(base(), 'single-point-of-connection');
    expect(keys(fs)).toEqual(['single-point-of-connection|hc|vindeln', 'single-point-of-connection|local|vindeln']);
    const forum = fs.find((f) => f.scope.ids[0] === 'local')!;
    expect(forum.scope).toEqual({ kind: 'FORUM', ids: ['local', 'vindeln'] });
    expect(forum.title.sv).toBe('”Lokal samverkan Vindeln” är enda länken mellan regionen och Vindeln');
    expect(forum.title.en).toBe('“Lokal samverkan Vindeln” is the only link between the region and Vindeln');
    expect(fs.find((f) => f.scope.ids[0] === 'hc')!.between).toEqual(['region', 'vindeln', 'hc']);
  });

  it('does not fire when a second path links the sides', async () => {
    const b = base().forum('lsg', { systemLevel: 'MACRO' }).members('lsg', 'region', 'vindeln', 'umea').covers('lsg', 'region')
      .forum('umea-local').members('umea-local', 'hc', 'umea');
    expect(await findings(b, 'single-point-of-connection')).toEqual([]);
  });

  it('does not fire through a paused forum (it links nothing)', async () => {
    const b = county().forum('paused', { status: 'PAUSED' }).members('paused', 'hc', 'vindeln');
    expect(await findings(b, 'single-point-of-connection')).toEqual([]);
  });
});

describe('near-duplicate-forums', () => {
  const base = (second: Record<string, unknown> = {}) => county()
    .actor('mas', 'MAS Vindeln', 'ROLE', 'MUNICIPALITY')
    .forum('a', { name: 'Samverkan A' }).members('a', 'hc', 'vindeln', 'mas').covers('a', 'vindeln')
    .forum('b', { name: 'Samverkan B', ...second }).covers('b', 'lansdel');

  it('fires for forums at one level with overlapping areas and nearly the same participants', async () => {
    const fs = await findings(base().members('b', 'hc', 'vindeln', 'mas'), 'near-duplicate-forums');
    expect(keys(fs)).toEqual(['near-duplicate-forums|a|b']);
    expect(fs[0]!.explanation.sv).toContain('3 deltagare (100 % överlapp)');
    expect(fs[0]!.explanation.en).toContain('3 participants (100% overlap)');
  });

  it('does not fire at different levels, or below the threshold, until the threshold is lowered', async () => {
    expect(await findings(base({ systemLevel: 'MICRO' }).members('b', 'hc', 'vindeln', 'mas'), 'near-duplicate-forums')).toEqual([]);
    const half = base().members('b', 'hc', 'vindeln', 'region', 'umea'); // 2 shared of 5: 0.4
    expect(await findings(half, 'near-duplicate-forums')).toEqual([]);
    expect(keys(await findings(half, 'near-duplicate-forums', { rules: { nearDuplicateThreshold: 0.4 } }))).toEqual(['near-duplicate-forums|a|b']);
  });

  it('does not fire when the areas do not overlap', async () => {
    const b = county().actor('mas', 'MAS', 'ROLE', 'MUNICIPALITY')
      .forum('a').members('a', 'hc', 'vindeln', 'mas').covers('a', 'vindeln')
      .forum('b').members('b', 'hc', 'vindeln', 'mas').covers('b', 'umea');
    expect(await findings(b, 'near-duplicate-forums')).toEqual([]);
  });
});

describe('rule options', () => {
  it('override severities per query and switch rules off', async () => {
    const b = county().forum('empty');
    const { store, engine } = await engineFor(b, { severities: { 'forum-without-participants': 'CRITICAL' } });
    stores.push(store);
    const a = await engine.gapAnalysis({ rules: { onlyRules: ['forum-without-participants', 'forum-without-convener'] } });
    expect(a.findings.map((f) => [f.key, f.severity])).toEqual([
      ['forum-without-participants|empty', 'CRITICAL'],
      ['forum-without-convener|empty', 'LOW'],
    ]);
    const b2 = await engine.gapAnalysis({ rules: { onlyRules: ['forum-without-participants', 'forum-without-convener'], disabledRules: ['forum-without-convener'], severities: { 'forum-without-participants': 'LOW' } } });
    expect(b2.findings.map((f) => [f.key, f.severity])).toEqual([['forum-without-participants|empty', 'LOW']]);
  });
});
