// The gap analysis answers from indexes built once per snapshot (Structure,
// reachFrom, candidate pairs, an iterative Tarjan) where it used to scan every
// forum per area, search the whole graph per municipality and compare every
// pair of forums. Here each of those is held to the plain algorithm it
// replaced, copied below as it was, on the generated region, a thinned copy of
// it (so single points of connection occur), the Västerbotten seed, and many
// small random graphs: the answers must be identical, order included.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEED, GENERATED_TODAY, Rng, generate, importGenerated, writeCsvFiles } from '../../bench/generate.ts';
import type { CareLevelKind, GraphEdge, GraphNode, RelType, SystemLevel } from '../../schema/domain.ts';
import { seedStore } from '../../seed/load.ts';
import type { Draft } from '../../server/analysis/finding.ts';
import { AsOfView, DEFAULT_HANDOVER_PAIRS, ReadModel, mergeOptions, type AnalysisOptions, type HandoverPair } from '../../server/analysis/index.ts';
import { UndirectedGraph } from 'graphology';
import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import { participationGraph, pathBetweenSets, shortestPath } from '../../server/analysis/participation.ts';
import { covered, stronglyConnected } from '../../server/analysis/rules/forum.ts';
import { analyseGaps, inScope } from '../../server/analysis/gaps.ts';
import { RULE_FUNCTIONS } from '../../server/analysis/rules/index.ts';
import { namesOf, placeName } from '../../server/analysis/text.ts';
import type { Backing, Estimate } from '../../server/analysis/view.ts';
import type { Subgraph } from '../../server/store/port.ts';
import { SqliteStore } from '../../server/store/sqlite/sqlite-store.ts';

// ---- the plain algorithms, as they were -------------------------------------------------

/** The old AsOfView's hierarchy and coverage, recomputed from the snapshot on every call. */
function descendants(snap: ReadModel, id: string): Set<string> {
  const set = new Set<string>();
  let frontier = [id];
  while (frontier.length) {
    const next: string[] = [];
    for (const n of frontier) for (const down of snap.sources(n, 'PART_OF')) if (down !== id && !set.has(down)) { set.add(down); next.push(down); }
    frontier = next;
  }
  return set;
}

const areaMemo = new WeakMap<ReadModel, Map<string, Set<string>>>();

/** (Remembered per snapshot and item, only to keep the test quick: the scans below still ask it of every forum.) */
function areasOf(snap: ReadModel, itemId: string): Set<string> {
  const memo = areaMemo.get(snap) ?? areaMemo.set(snap, new Map()).get(snap)!;
  const known = memo.get(itemId);
  if (known) return known;
  const set = new Set<string>();
  memo.set(itemId, set);
  const roots = [...snap.targets(itemId, 'COVERS')];
  if (snap.node(itemId)?.label === 'Initiative') roots.push(...snap.sources(itemId, 'BELONGS_TO').filter((id) => snap.node(id)?.label === 'Actor'));
  for (const r of roots) {
    set.add(r);
    for (const d of descendants(snap, r)) set.add(d);
  }
  return set;
}

const covers = (snap: ReadModel, itemId: string, areaId: string) => areasOf(snap, itemId).has(areaId);

function municipalitySide(view: AsOfView, areaId: string): Set<string> {
  return new Set([areaId, ...descendants(view.snap, areaId)].filter((id) => view.principal(id) === 'MUNICIPALITY'));
}

function isShared(view: AsOfView, forumId: string, areaId: string): boolean {
  const side = municipalitySide(view, areaId);
  const ps = view.participants(forumId);
  return ps.some((p) => view.principal(p) === 'REGION') && ps.some((p) => side.has(p));
}

function spansPair(snap: ReadModel, itemId: string, pair: HandoverPair): boolean {
  const kinds = new Set<CareLevelKind>();
  for (const id of snap.targets(itemId, 'SPANS')) {
    const n = snap.nodeOf('CareLevel', id);
    if (n) kinds.add(n.kind);
  }
  return kinds.has(pair.a) && kinds.has(pair.b);
}

function levelBacking(view: AsOfView, areaId: string, level: SystemLevel): Backing {
  const b: Backing = { active: [], planned: [], related: [] };
  for (const f of view.forums()) {
    if (f.systemLevel !== level || !covers(view.snap, f.id, areaId)) continue;
    if (view.isActive(f.id)) (isShared(view, f.id, areaId) ? b.active : b.related).push(f.id);
    else if (view.isPlanned(f.id)) b.planned.push(f.id);
  }
  return b;
}

function handoverBacking(view: AsOfView, areaId: string, pair: HandoverPair): Backing {
  const b: Backing = { active: [], planned: [], related: [] };
  for (const f of view.forums()) {
    if (!spansPair(view.snap, f.id, pair) || !covers(view.snap, f.id, areaId)) continue;
    if (view.isActive(f.id)) b.active.push(f.id);
    else if (view.isPlanned(f.id)) b.planned.push(f.id);
  }
  for (const i of view.initiatives()) {
    if (spansPair(view.snap, i.id, pair) && covers(view.snap, i.id, areaId) && (view.isActive(i.id) || view.isPlanned(i.id))) b.related.push(i.id);
  }
  return b;
}

function targetGroupBacking(view: AsOfView, areaId: string, targetGroupId: string): Backing {
  const b: Backing = { active: [], planned: [], related: [] };
  for (const itemId of view.snap.sources(targetGroupId, 'SERVES')) {
    if (!covers(view.snap, itemId, areaId)) continue;
    if (view.isActive(itemId)) b.active.push(itemId);
    else if (view.isPlanned(itemId)) b.planned.push(itemId);
  }
  return b;
}

function estimate(view: AsOfView, targetGroupId: string, areaId: string): Estimate | undefined {
  const year = Number(view.date.slice(0, 4));
  const edges = view.snap.out(targetGroupId, 'ESTIMATE').filter((e) => e.to === areaId && typeof e.count === 'number' && typeof e.year === 'number');
  if (!edges.length) return undefined;
  const sorted = [...edges].sort((x, y) => x.year! - y.year!);
  const e = [...sorted].reverse().find((x) => x.year! <= year) ?? sorted[0]!;
  return { count: e.count!, year: e.year!, source: e.source };
}

/** target-group-unserved's choice of (area, target group) before its text: the keys it reports, in order. */
function targetGroupKeys(view: AsOfView): string[][] {
  const keys: string[][] = [];
  for (const tg of view.snap.nodes('TargetGroup')) {
    const areas = new Set(view.snap.targets(tg.id, 'ESTIMATE'));
    for (const areaId of areas) {
      const area = view.snap.nodeOf('Actor', areaId);
      if (!area) continue;
      if (area.kind === 'COUNTY_PART') {
        const within = descendants(view.snap, areaId);
        if ([...areas].some((other) => within.has(other))) continue;
      } else if (area.kind !== 'MUNICIPALITY') continue;
      const est = estimate(view, tg.id, areaId);
      if (!est || est.count <= 0) continue;
      if (targetGroupBacking(view, areaId, tg.id).active.length) continue;
      keys.push([areaId, tg.id]);
    }
  }
  return keys;
}

/** The participation graph as graphology held it. */
function graphologyParticipation(view: AsOfView): UndirectedGraph {
  const g = new UndirectedGraph();
  for (const a of view.snap.nodes('Actor')) g.addNode(a.id, { label: 'Actor' });
  for (const f of view.forums()) {
    if (!view.isActive(f.id)) continue;
    g.addNode(f.id, { label: 'Forum' });
    for (const p of view.participants(f.id)) if (g.hasNode(p) && !g.hasEdge(p, f.id)) g.addEdge(p, f.id);
  }
  return g;
}

/** single-point-of-connection: a breadth-first search per municipality and per node on its path. */
function singlePointOfConnection(view: AsOfView): Draft[] {
  const g = graphologyParticipation(view);
  const regionSide = view.snap.nodes('Actor').filter((a) => a.principal === 'REGION' && g.hasNode(a.id) && g.degree(a.id) > 0).map((a) => a.id);
  const out: Draft[] = [];
  for (const m of view.snap.nodes('Actor').filter((a) => a.kind === 'MUNICIPALITY')) {
    const side = new Set([...municipalitySide(view, m.id)].filter((id) => g.hasNode(id) && g.degree(id) > 0));
    if (!regionSide.length || !side.size) continue;
    const path = pathBetweenSets(g, regionSide, side);
    if (!path) continue;
    const place = placeName(m);
    for (const x of path) {
      if (x === m.id || pathBetweenSets(g, regionSide, side, x)) continue;
      const node = view.node(x)!;
      const isForum = node.label === 'Forum';
      out.push({
        keyParts: [x, m.id],
        title: {
          sv: `”${node.name}” är enda länken mellan regionen och ${place}`,
          en: `“${node.name}” is the only link between the region and ${place}`,
        },
        explanation: isForum
          ? {
            sv: `Varje förbindelse mellan regionen och ${place} genom aktiva forum går via forumet ”${node.name}”. Upphör det förlorar kommunen sin kontakt med regionen.`,
            en: `Every link between the region and ${place} through active forums passes through the forum “${node.name}”. Should it end, the municipality loses its contact with the region.`,
          }
          : {
            sv: `Varje förbindelse mellan regionen och ${place} genom aktiva forum går via aktören ”${node.name}”. Lämnar den förlorar kommunen sin kontakt med regionen.`,
            en: `Every link between the region and ${place} through active forums passes through the actor “${node.name}”. Should it leave, the municipality loses its contact with the region.`,
          },
        scope: { kind: isForum ? 'FORUM' : 'ACTOR', ids: [x, m.id] },
        evidence: [x, m.id, ...path],
        areas: [m.id],
        between: [...view.regionsAbove(m.id), m.id, ...(isForum ? [] : [x])],
      });
    }
  }
  return out;
}

/** near-duplicate-forums: every pair of forums. */
function nearDuplicateForums(view: AsOfView, options: AnalysisOptions): Draft[] {
  const forums = view.forums()
    .filter((f) => view.isActive(f.id) || view.isPlanned(f.id))
    .map((f) => ({ f, people: new Set(view.participants(f.id)), areas: areasOf(view.snap, f.id) }))
    .filter((x) => x.people.size > 0 && x.areas.size > 0);
  const out: Draft[] = [];
  for (let i = 0; i < forums.length; i++) {
    for (let j = i + 1; j < forums.length; j++) {
      const [x, y] = [forums[i]!, forums[j]!];
      if (x.f.systemLevel !== y.f.systemLevel) continue;
      if (![...x.areas].some((a) => y.areas.has(a))) continue;
      const shared = [...x.people].filter((p) => y.people.has(p));
      const jaccard = shared.length / (x.people.size + y.people.size - shared.length);
      if (shared.length < options.nearDuplicateMinShared || jaccard < options.nearDuplicateThreshold) continue;
      const ids = [x.f.id, y.f.id].sort();
      const pct = Math.round(jaccard * 100);
      const names = ids.map((id) => view.node(id));
      out.push({
        keyParts: ids,
        title: {
          sv: `${namesOf(names, 'sv')} har nästan samma deltagare`,
          en: `${namesOf(names, 'en')} have almost the same participants`,
        },
        explanation: {
          sv: `Forumen är på samma systemnivå, täcker överlappande områden och delar ${shared.length} deltagare (${pct} % överlapp). Överväg att slå samman dem.`,
          en: `The forums are at the same system level, cover overlapping areas and share ${shared.length} participants (${pct}% overlap). Consider merging them.`,
        },
        scope: { kind: 'FORUM', ids },
        evidence: [...ids, ...shared],
        areas: covered(view, ids),
      });
    }
  }
  return out;
}

/** Tarjan's algorithm, recursive. */
function stronglyConnectedRecursive(nodes: readonly string[], succ: (id: string) => readonly string[]): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const out: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of succ(v)) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      out.push(scc);
    }
  };
  for (const v of nodes) if (!index.has(v)) visit(v);
  return out;
}

// ---- the comparison ---------------------------------------------------------------------

const DUPLICATE_OPTIONS: Array<Partial<AnalysisOptions>> = [
  {},
  { nearDuplicateThreshold: 0.2, nearDuplicateMinShared: 1 },
  { nearDuplicateThreshold: 0.5, nearDuplicateMinShared: 3 },
  { nearDuplicateThreshold: 0.34, nearDuplicateMinShared: 0 },
  { nearDuplicateThreshold: 0, nearDuplicateMinShared: 1 },
  // pairs sharing nobody pass too: the candidates must come from the areas
  { nearDuplicateThreshold: 0, nearDuplicateMinShared: 0 },
  { nearDuplicateThreshold: 1, nearDuplicateMinShared: 2 },
];

const PAIRS: HandoverPair[] = [...DEFAULT_HANDOVER_PAIRS, { a: 'SOCIAL_CARE', b: 'PRIMARY_CARE' }, { a: 'SPECIALISED_HOME', b: 'MUNICIPAL_PRIMARY_CARE' }, { a: 'EMERGENCY', b: 'EMERGENCY' }];

interface Tally { spoc: number; duplicates: number; cycles: number; uncovered: number; paths: number }

const neighbours = (g: ReturnType<typeof participationGraph>, id: string): string[] => {
  const out: string[] = [];
  g.forEachNeighbor(id, (w) => out.push(w));
  return out;
};

/** Every optimised answer on one snapshot and date against the plain one; counts what fired, so a test can tell it compared something. */
function compare(snap: ReadModel, date: string, today: string, tally: Tally): void {
  const view = new AsOfView(snap, date, today);
  const where = `${date} (today ${today})`;
  const areas = snap.nodes('Actor').filter((a) => a.kind === 'MUNICIPALITY' || a.kind === 'COUNTY_PART' || a.kind === 'REGION');
  for (const area of areas) {
    for (const level of ['MACRO', 'MESO', 'MICRO'] as const) {
      const b = levelBacking(view, area.id, level);
      expect(view.levelBacking(area.id, level), `${where} ${area.id} ${level}`).toEqual(b);
      if (!b.active.length) tally.uncovered++;
    }
    for (const pair of PAIRS) expect(view.handoverBacking(area.id, pair), `${where} ${area.id} ${pair.a}~${pair.b}`).toEqual(handoverBacking(view, area.id, pair));
    for (const tg of snap.nodes('TargetGroup')) {
      expect(view.targetGroupBacking(area.id, tg.id), `${where} ${area.id} ${tg.id}`).toEqual(targetGroupBacking(view, area.id, tg.id));
      expect(view.estimate(tg.id, area.id), `${where} ${area.id} ${tg.id}`).toEqual(estimate(view, tg.id, area.id));
    }
    expect(view.municipalitySide(area.id)).toEqual(municipalitySide(view, area.id));
  }
  for (const item of [...snap.nodes('Forum'), ...snap.nodes('Initiative')]) expect(view.areasOf(item.id), item.id).toEqual(areasOf(snap, item.id));
  const options = mergeOptions();
  expect(RULE_FUNCTIONS['target-group-unserved'](view, options).map((d) => d.keyParts), where).toEqual(targetGroupKeys(view));

  // the compact participation graph: the same neighbours in the same order, so the same shortest paths
  const [compact, plain] = [participationGraph(view), graphologyParticipation(view)];
  const actors = snap.nodes('Actor').map((a) => a.id);
  for (const id of plain.nodes()) expect(neighbours(compact, id), id).toEqual(plain.neighbors(id));
  for (let i = 0; i < actors.length; i += 3) {
    for (let j = i + 1; j < actors.length; j += 5) {
      const path = bidirectional(plain, actors[i]!, actors[j]!);
      expect(shortestPath(compact, actors[i]!, actors[j]!), `${where} ${actors[i]} → ${actors[j]}`).toEqual(path);
      if (path && path.length > 3) tally.paths++;
    }
  }

  const spoc = singlePointOfConnection(view);
  expect(RULE_FUNCTIONS['single-point-of-connection'](view, options), where).toEqual(spoc);
  tally.spoc += spoc.length;

  for (const o of DUPLICATE_OPTIONS) {
    const opts = mergeOptions(o);
    const dups = nearDuplicateForums(view, opts);
    expect(RULE_FUNCTIONS['near-duplicate-forums'](view, opts), `${where} ${JSON.stringify(o)}`).toEqual(dups);
    tally.duplicates += dups.length;
  }

  const live = view.forums().filter((f) => view.status(f.id) !== 'ENDED').map((f) => f.id);
  const inGraph = new Set(live);
  const succ = (id: string) => view.snap.targets(id, 'REPORTS_TO').filter((t) => inGraph.has(t));
  const sccs = stronglyConnectedRecursive(live, succ);
  expect(stronglyConnected(live, succ), where).toEqual(sccs);
  tally.cycles += sccs.filter((c) => c.length > 1).length;
}

const tally = (): Tally => ({ spoc: 0, duplicates: 0, cycles: 0, uncovered: 0, paths: 0 });

/** The snapshot with about `keep` of the participations (chosen by a seeded draw). */
function thinned(data: Subgraph, keep: number, seed: number): Subgraph {
  const rng = new Rng(seed);
  return { nodes: data.nodes, edges: data.edges.filter((e) => e.type !== 'PARTICIPATES_IN' || rng.next() < keep) };
}

// ---- small random graphs ------------------------------------------------------------------

const KINDS: CareLevelKind[] = ['PRIMARY_CARE', 'MUNICIPAL_PRIMARY_CARE', 'SPECIALISED_INPATIENT', 'EMERGENCY', 'SOCIAL_CARE'];

/** A region or two of county parts, municipalities and units, with forums linked at random: sparse, so articulation points abound. */
function randomGraph(rng: Rng): Subgraph {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const node = (label: GraphNode['label'], id: string, props: Record<string, unknown> = {}) => {
    nodes.push({ id, label, name: `${label} ${id}`, source: 'random', ...props } as GraphNode);
    return id;
  };
  const link = (type: RelType, from: string, to: string, props: Record<string, unknown> = {}) => {
    edges.push({ id: `e${String(edges.length).padStart(5, '0')}`, type, from, to, source: 'random', ...props } as GraphEdge);
  };
  const actors: string[] = [];
  const areas: string[] = [];
  const munis: string[] = [];
  const regions = rng.int(1, 2);
  for (let r = 0; r < regions; r++) {
    const region = node('Actor', `region-${r}`, { kind: 'REGION', principal: 'REGION' });
    const hsf = node('Actor', `hsf-${r}`, { kind: 'ADMINISTRATION', principal: 'REGION' });
    link('PART_OF', hsf, region);
    actors.push(region, hsf);
    areas.push(region);
    const parts = rng.int(1, 2);
    for (let c = 0; c < parts; c++) {
      const cp = node('Actor', `cp-${r}-${c}`, { kind: 'COUNTY_PART', principal: 'REGION' });
      link('PART_OF', cp, region);
      areas.push(cp);
      const count = rng.int(1, 3);
      for (let m = 0; m < count; m++) {
        const muni = node('Actor', `muni-${r}-${c}-${m}`, { kind: 'MUNICIPALITY', principal: 'MUNICIPALITY' });
        link('PART_OF', muni, cp);
        actors.push(muni);
        areas.push(muni);
        munis.push(muni);
        if (rng.chance(0.7)) {
          actors.push(node('Actor', `care-${r}-${c}-${m}`, { kind: 'HOME_CARE', principal: 'MUNICIPALITY' }));
          link('PART_OF', `care-${r}-${c}-${m}`, muni);
        }
        if (rng.chance(0.7)) {
          actors.push(node('Actor', `hc-${r}-${c}-${m}`, { kind: 'HEALTH_CENTRE', principal: rng.chance(0.8) ? 'REGION' : 'PRIVATE' }));
          link('PART_OF', `hc-${r}-${c}-${m}`, muni);
        }
      }
    }
  }
  const levels = KINDS.map((k) => node('CareLevel', `cl-${k}`, { kind: k, principal: 'REGION' }));
  const tgs = [0, 1].map((t) => node('TargetGroup', `tg-${t}`));
  // up to three estimates per area (years may repeat, a count may be missing)
  for (const tg of tgs) {
    for (const a of areas) {
      const estimates = rng.chance(0.5) ? rng.int(1, 3) : 0;
      for (let k = 0; k < estimates; k++) link('ESTIMATE', tg, a, { ...(rng.chance(0.9) ? { count: rng.int(-1, 50) } : {}), year: rng.pick([2020, 2024, 2026]) });
    }
  }
  const forums: string[] = [];
  const n = rng.int(2, 24);
  for (let i = 0; i < n; i++) {
    const status = rng.pick(['ACTIVE', 'ACTIVE', 'ACTIVE', 'PLANNED', 'ENDED', 'PAUSED'] as const);
    const dates = status === 'ENDED' ? { startDate: '2019-01-01', endDate: rng.pick(['2021-01-01', '2030-01-01']) }
      : status === 'PLANNED' ? { plannedStart: rng.pick(['2024-01-01', '2027-01-01']) } : rng.chance(0.3) ? { startDate: '2026-01-01' } : {};
    const f = node('Forum', `f-${String(i).padStart(2, '0')}`, {
      kind: 'WORKING_GROUP', systemLevel: rng.pick(['MACRO', 'MESO', 'MICRO'] as const), status, topLevel: rng.chance(0.3), crossesBoundary: true, ...dates,
    });
    forums.push(f);
    for (const a of rng.sample(areas, rng.int(0, 2))) link('COVERS', f, a);
    for (const p of rng.sample(actors, rng.int(0, 4))) link('PARTICIPATES_IN', p, f);
    if (rng.chance(0.1) && actors.length) link('PARTICIPATES_IN', actors[0]!, f); // now and then twice
    for (const c of rng.sample(levels, rng.int(0, 3))) link('SPANS', f, c);
    if (rng.chance(0.5)) link('SERVES', f, rng.pick(tgs));
  }
  for (const f of forums) if (rng.chance(0.6)) link('REPORTS_TO', f, rng.pick(forums));
  const initiatives = rng.int(0, 3);
  for (let i = 0; i < initiatives; i++) {
    const init = node('Initiative', `init-${i}`, { kind: 'PROJECT', status: rng.pick(['ACTIVE', 'PLANNED', 'ENDED'] as const) });
    for (const a of rng.sample(areas, rng.int(0, 1))) link('COVERS', init, a);
    for (const m of rng.sample(munis, rng.int(0, 2))) link('BELONGS_TO', m, init);
    for (const c of rng.sample(levels, rng.int(0, 3))) link('SPANS', init, c);
    if (rng.chance(0.5)) link('SERVES', init, rng.pick(tgs));
  }
  return { nodes, edges };
}

// ---- the data sets ------------------------------------------------------------------------

let region: Subgraph;
let seed: Subgraph;
const dir = mkdtempSync(join(tmpdir(), 'samverkan-equivalence-'));

beforeAll(async () => {
  const regionStore = new SqliteStore(':memory:');
  await regionStore.init();
  const report = await importGenerated(regionStore, writeCsvFiles(generate('region', DEFAULT_SEED), dir));
  expect(report.ok).toBe(true);
  region = await regionStore.subgraph({});
  await regionStore.close();
  const seedStored = new SqliteStore(':memory:');
  await seedStored.init();
  await seedStore(seedStored);
  seed = await seedStored.subgraph({});
  await seedStored.close();
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the indexed analysis answers exactly as the plain scans it replaced', () => {
  it('on the generated region, as it is and with participations thinned out, on past, present and future dates', () => {
    const t = tally();
    for (const data of [region, thinned(region, 0.5, 1), thinned(region, 0.3, 2)]) {
      const snap = new ReadModel(data, 1);
      for (const date of ['2020-01-01', GENERATED_TODAY, '2028-06-01']) compare(snap, date, GENERATED_TODAY, t);
    }
    // the comparison saw the answers that matter (the random graphs below have reporting cycles)
    expect(t.spoc).toBeGreaterThan(0);
    expect(t.duplicates).toBeGreaterThan(0);
    expect(t.uncovered).toBeGreaterThan(0);
  }, 60_000);

  it('on the Västerbotten seed', () => {
    const t = tally();
    for (const data of [seed, thinned(seed, 0.5, 3)]) {
      const snap = new ReadModel(data, 1);
      for (const date of ['2026-06-01', '2027-12-31']) compare(snap, date, '2026-06-01', t);
    }
    expect(t.spoc).toBeGreaterThan(0);
    expect(t.duplicates).toBeGreaterThan(0);
    expect(t.paths).toBeGreaterThan(100);
  }, 60_000);

  it('on 120 small random graphs', () => {
    const rng = new Rng(7);
    const t = tally();
    for (let i = 0; i < 120; i++) {
      const snap = new ReadModel(randomGraph(rng), 1);
      compare(snap, rng.pick(['2025-06-01', '2026-06-01', '2028-01-01']), '2026-06-01', t);
    }
    expect(t.spoc).toBeGreaterThan(30);
    expect(t.duplicates).toBeGreaterThan(30);
    expect(t.cycles).toBeGreaterThan(5);
    expect(t.paths).toBeGreaterThan(30);
  }, 60_000);

  it('finds a long reporting chain and its cycle without recursing (no call stack overflow)', () => {
    const ids = Array.from({ length: 100_000 }, (_, i) => `f${i}`);
    const succ = (id: string) => {
      const i = Number(id.slice(1));
      return i + 1 < ids.length ? [ids[i + 1]!] : [ids[0]!];
    };
    const sccs = stronglyConnected(ids, succ);
    expect(sccs).toHaveLength(1);
    expect(sccs[0]).toHaveLength(ids.length);
  });
});

// ---- a scoped analysis ------------------------------------------------------------------------

/**
 * Every element as scope: the scoped analysis, on a snapshot that never ran
 * the whole analysis (so its rules look only at what focus.ts names), must
 * give the whole analysis's findings filtered by `inScope`, order included.
 */
function compareScoped(data: Subgraph, dates: readonly string[], today: string, options: AnalysisOptions, where: string): number {
  const whole = new ReadModel(data, 1);
  const scoped = new ReadModel(data, 1);
  let found = 0;
  for (const asOf of dates) {
    const all = analyseGaps(whole, { asOf }, options, today, new Map()).findings;
    const view = new AsOfView(whole, asOf, today);
    for (const n of data.nodes) {
      const expected = all.filter((f) => inScope(view, f, n.id));
      const got = analyseGaps(scoped, { asOf, scope: n.id }, options, today, new Map()).findings;
      expect(got, `${where} ${asOf} scope ${n.id} (${n.label})`).toEqual(expected);
      found += expected.length;
    }
  }
  return found;
}

describe('a scoped analysis looks only at what can concern its scope, and answers as the whole analysis filtered', () => {
  const variants: Array<[string, Partial<AnalysisOptions>]> = [
    ['defaults', {}],
    ['hand-overs per county part, loose duplicates', { handoverArea: 'COUNTY_PARTS', nearDuplicateThreshold: 0.3, nearDuplicateMinShared: 1 }],
    ['pairs sharing nobody pass', { nearDuplicateThreshold: 0, nearDuplicateMinShared: 0 }],
  ];

  it('on the generated region and the Västerbotten seed, every element as scope', () => {
    for (const [name, o] of variants) {
      const options = mergeOptions(o);
      expect(compareScoped(region, ['2020-01-01', GENERATED_TODAY], GENERATED_TODAY, options, `region ${name}`)).toBeGreaterThan(1000);
      expect(compareScoped(thinned(region, 0.3, 2), [GENERATED_TODAY], GENERATED_TODAY, options, `thinned region ${name}`)).toBeGreaterThan(100);
      expect(compareScoped(seed, ['2026-06-01', '2027-12-31'], '2026-06-01', options, `seed ${name}`)).toBeGreaterThan(100);
    }
  }, 120_000);

  /** Conveners drawn from every actor (most of them taking no part), which the random graphs lack. */
  const withConveners = (data: Subgraph, rng: Rng): Subgraph => {
    const actors = data.nodes.filter((n) => n.label === 'Actor').map((n) => n.id);
    const edges = [...data.edges];
    for (const f of data.nodes.filter((n) => n.label === 'Forum')) {
      if (rng.chance(0.5)) edges.push({ id: `c${String(edges.length).padStart(5, '0')}`, type: 'CONVENES', from: rng.pick(actors), to: f.id, source: 'random' } as GraphEdge);
    }
    return { nodes: data.nodes, edges };
  };

  it('on 120 small random graphs, every element as scope', () => {
    const rng = new Rng(11);
    const conveners = new Rng(12);
    let found = 0;
    for (let i = 0; i < 120; i++) {
      const data = withConveners(randomGraph(rng), conveners);
      const [name, o] = rng.pick(variants);
      found += compareScoped(data, [rng.pick(['2025-06-01', '2026-06-01', '2028-01-01'])], '2026-06-01', mergeOptions(o), `random ${i} ${name}`);
    }
    expect(found).toBeGreaterThan(500);
  }, 120_000);
});
