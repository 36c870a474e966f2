// The Västerbotten seed dataset: valid against the domain schema, internally
// consistent, every fact attributed, and carrying the headline facts of the seeds.
import { describe, expect, it } from 'vitest';
import { Id, nameKey, nodeInvariants, nodeProps, orient, RELATIONSHIPS, type NodeLabel } from '../../schema/domain.ts';
import { isKnownSource } from '../../seed/sources.ts';
import { vasterbotten } from '../../seed/vasterbotten.ts';

const { nodes, edges } = vasterbotten;
const byId = new Map(nodes.map((n) => [n.id, n]));
const props = (id: string) => byId.get(id)?.props as Record<string, unknown>;
const ofType = (type: string) => edges.filter((e) => e.type === type);
const has = (type: string, from: string, to: string) => edges.some((e) => e.type === type && e.from === from && e.to === to);
const actorsOfKind = (kind: string) => nodes.filter((n) => n.label === 'Actor' && n.props.kind === kind);

describe('the Västerbotten dataset: schema', () => {
  it('has a plausible size', () => {
    expect(nodes.length).toBeGreaterThanOrEqual(150);
    expect(nodes.length).toBeLessThanOrEqual(250);
  });

  it('every node parses with its label’s schema, complete as written (no defaults added, no unknown keys dropped)', () => {
    for (const n of nodes) {
      const r = nodeProps[n.label].safeParse(n.props);
      expect(r.success, `${n.id}: ${r.error?.message}`).toBe(true);
      expect(r.data, n.id).toEqual(n.props);
      expect(nodeInvariants(n.props), n.id).toEqual([]);
    }
  });

  it('ids are valid and unique', () => {
    for (const n of nodes) expect(Id.safeParse(n.id).success, n.id).toBe(true);
    expect(byId.size).toBe(nodes.length);
  });

  it('names are unique within a label (by nameKey)', () => {
    const seen = new Map<string, string>();
    for (const n of nodes) {
      const key = `${n.label}|${nameKey(String(n.props.name))}`;
      expect(seen.get(key), `${n.id} and ${seen.get(key)} share a name`).toBeUndefined();
      seen.set(key, n.id);
    }
  });

  it('every edge’s props parse, complete as written, and its endpoints exist and fit the type', () => {
    for (const e of edges) {
      const spec = RELATIONSHIPS[e.type];
      const what = `${e.type} ${e.from} → ${e.to}`;
      const r = spec.props.safeParse(e.props);
      expect(r.success, `${what}: ${r.error?.message}`).toBe(true);
      expect(r.data, what).toEqual(e.props);
      const from = byId.get(e.from);
      const to = byId.get(e.to);
      expect(from, `${what}: no node ${e.from}`).toBeDefined();
      expect(to, `${what}: no node ${e.to}`).toBeDefined();
      expect(spec.from, what).toContain(from!.label);
      expect(spec.to, what).toContain(to!.label);
      expect(e.from, `${what}: a loop`).not.toBe(e.to);
    }
  });

  it('no relationship is given twice (per type, oriented pair and estimate year)', () => {
    const keys = edges.map((e) => {
      const [a, b] = orient(e.type, e.from, e.to);
      return `${a}|${e.type}|${b}|${e.type === 'ESTIMATE' ? e.props.year : ''}`;
    });
    expect(keys.length - new Set(keys).size).toBe(0);
  });

  it('every node and edge names a known source: a seed document or illustrative', () => {
    for (const n of nodes) expect(isKnownSource(n.props.source), `${n.id}: ${String(n.props.source)}`).toBe(true);
    for (const e of edges) expect(isKnownSource(e.props.source), `${e.type} ${e.from} → ${e.to}: ${e.props.source}`).toBe(true);
  });

  it('every label appears, and every relationship type is used', () => {
    const labels = new Set(nodes.map((n) => n.label));
    for (const l of Object.keys(nodeProps) as NodeLabel[]) expect(labels, l).toContain(l);
    const types = new Set(edges.map((e) => e.type));
    for (const t of Object.keys(RELATIONSHIPS)) expect(types, t).toContain(t);
  });

  it('a forum with dates keeps them consistent with its status', () => {
    for (const n of nodes.filter((x) => x.label === 'Forum')) {
      const p = n.props as { status: string; plannedStart?: string; endDate?: string };
      if (p.plannedStart) expect(p.status, n.id).toBe('PLANNED');
      if (p.endDate) expect(p.status, n.id).toBe('ENDED');
    }
  });
});

describe('the Västerbotten dataset: headline facts', () => {
  it('Region Västerbotten and its 15 municipalities with their kommunkod', () => {
    expect(props('region-vasterbotten')).toMatchObject({ name: 'Region Västerbotten', kind: 'REGION', principal: 'REGION' });
    const kommuner = actorsOfKind('MUNICIPALITY');
    expect(kommuner).toHaveLength(15);
    for (const k of kommuner) expect(k.props.principal).toBe('MUNICIPALITY');
    expect(props('kommun-umea')).toMatchObject({ name: 'Umeå kommun', code: '2480' });
    expect(props('kommun-vannas')).toMatchObject({ code: '2460' });
    expect(props('kommun-asele')).toMatchObject({ code: '2463' });
    expect(new Set(kommuner.map((k) => k.props.code)).size).toBe(15);
  });

  it('three county parts, each PART_OF the region, with the right municipalities', () => {
    expect(actorsOfKind('COUNTY_PART').map((n) => n.id).sort()).toEqual(['lansdel-skelleftea', 'lansdel-sodra-lappland', 'lansdel-umea']);
    const members = (part: string) => ofType('PART_OF').filter((e) => e.to === part && e.from.startsWith('kommun-')).map((e) => e.from).sort();
    expect(members('lansdel-umea')).toEqual(['kommun-bjurholm', 'kommun-nordmaling', 'kommun-robertsfors', 'kommun-umea', 'kommun-vannas', 'kommun-vindeln']);
    expect(members('lansdel-skelleftea')).toEqual(['kommun-norsjo', 'kommun-skelleftea']);
    expect(members('lansdel-sodra-lappland')).toEqual(['kommun-asele', 'kommun-dorotea', 'kommun-lycksele', 'kommun-mala', 'kommun-sorsele', 'kommun-storuman', 'kommun-vilhelmina']);
    for (const part of ['lansdel-umea', 'lansdel-skelleftea', 'lansdel-sodra-lappland']) expect(has('PART_OF', part, 'region-vasterbotten')).toBe(true);
    // every municipality in exactly one county part
    for (const k of actorsOfKind('MUNICIPALITY')) {
      expect(ofType('PART_OF').filter((e) => e.from === k.id && byId.get(e.to)?.props.kind === 'COUNTY_PART'), k.id).toHaveLength(1);
    }
  });

  it('committees, CLG and HSF are part of the region', () => {
    expect(props('rs')).toMatchObject({ kind: 'COMMITTEE', shortName: 'RS' });
    expect(props('hsn')).toMatchObject({ kind: 'COMMITTEE', shortName: 'HSN' });
    expect(props('run')).toMatchObject({ kind: 'COMMITTEE', shortName: 'RUN' });
    expect(props('clg')).toMatchObject({ kind: 'MANAGEMENT_GROUP' });
    expect(props('hsf')).toMatchObject({ kind: 'ADMINISTRATION' });
    for (const id of ['rs', 'hsn', 'run', 'clg', 'hsf']) expect(has('PART_OF', id, 'region-vasterbotten'), id).toBe(true);
  });

  it('RS orders and HSN provides primary care', () => {
    expect(props('vn-primarvard')).toMatchObject({ kind: 'PRIMARY_CARE' });
    expect(has('ORDERS', 'rs', 'vn-primarvard')).toBe(true);
    expect(has('PROVIDES', 'hsn', 'vn-primarvard')).toBe(true);
  });

  it('one care level per kind', () => {
    const kinds = nodes.filter((n) => n.label === 'CareLevel').map((n) => n.props.kind);
    expect(kinds).toHaveLength(8);
    expect(new Set(kinds).size).toBe(8);
  });

  it('33 regional health centres of which 7 sjukstugor, and 5 private ones, each in a municipality', () => {
    const centres = nodes.filter((n) => n.label === 'Actor' && (n.props.kind === 'HEALTH_CENTRE' || n.props.kind === 'COTTAGE_HOSPITAL'));
    const regional = centres.filter((n) => n.props.principal === 'REGION');
    expect(regional).toHaveLength(33);
    expect(regional.filter((n) => n.props.kind === 'COTTAGE_HOSPITAL')).toHaveLength(7);
    const priv = centres.filter((n) => n.props.principal === 'PRIVATE');
    expect(priv).toHaveLength(5);
    for (const p of priv) expect(p.props.kind).toBe('HEALTH_CENTRE');
    for (const c of centres) {
      expect(ofType('PART_OF').some((e) => e.from === c.id && byId.get(e.to)?.props.kind === 'MUNICIPALITY'), c.id).toBe(true);
      expect(has('PROVIDES', c.id, 'vn-primarvard'), c.id).toBe(true);
    }
  });

  it('each municipality has its home care and social services and a local collaboration group covering it', () => {
    for (const k of actorsOfKind('MUNICIPALITY')) {
      const slug = k.id.replace(/^kommun-/, '');
      expect(has('PART_OF', `hemsjukvard-${slug}`, k.id), slug).toBe(true);
      expect(has('PART_OF', `socialtjanst-${slug}`, k.id), slug).toBe(true);
      expect(has('COVERS', `forum-lokal-samverkan-${slug}`, k.id), slug).toBe(true);
      expect(has('REPORTS_TO', `forum-lokal-samverkan-${slug}`, 'forum-lanssamverkansgrupp'), slug).toBe(true);
    }
  });

  it('the mobile collaboration system: its three forums belong to the initiative, which the steering group owns', () => {
    expect(props('init-mobilt-samverkanssystem')).toMatchObject({ name: 'Mobilt samverkanssystem Umeå länsdel', source: '002_3be67d7d3a733685' });
    for (const f of ['forum-mobilt-styrgrupp', 'forum-mobilt-arbetsgrupp-1', 'forum-mobilt-arbetsgrupp-2']) {
      expect(has('BELONGS_TO', f, 'init-mobilt-samverkanssystem'), f).toBe(true);
    }
    expect(has('REPORTS_TO', 'forum-mobilt-arbetsgrupp-1', 'forum-mobilt-styrgrupp')).toBe(true);
    expect(has('REPORTS_TO', 'forum-mobilt-arbetsgrupp-2', 'forum-mobilt-styrgrupp')).toBe(true);
    expect(has('OWNS', 'forum-mobilt-styrgrupp', 'init-mobilt-samverkanssystem')).toBe(true);
    expect(has('COVERS', 'init-mobilt-samverkanssystem', 'lansdel-umea')).toBe(true);
  });

  it('population estimates from 002: mobile team and fast vårdkontakt', () => {
    const est = (tg: string, area: string) => ofType('ESTIMATE').find((e) => e.from === tg && e.to === area)?.props;
    expect(est('tg-mobilt-team', 'kommun-vannas')).toMatchObject({ count: 195, source: '002_3be67d7d3a733685' });
    expect(est('tg-mobilt-team', 'kommun-umea')?.count).toBe(2311);
    expect(est('tg-fast-vardkontakt', 'kommun-umea')?.count).toBe(3466);
    expect(est('tg-fast-vardkontakt', 'kommun-vindeln')).toBeUndefined(); // not in the source
    expect(est('tg-mobilt-team', 'lansdel-umea')?.count).toBe(3123);
    expect(est('tg-fast-vardkontakt', 'lansdel-umea')?.count).toBe(4684);
    // the per-municipality figures for the mobile team add up to the county-part total
    const sum = ofType('ESTIMATE').filter((e) => e.from === 'tg-mobilt-team' && e.to.startsWith('kommun-')).reduce((s, e) => s + (e.props.count ?? 0), 0);
    expect(sum).toBe(3123);
    for (const e of ofType('ESTIMATE')) expect(e.props.source).toBe('002_3be67d7d3a733685');
  });

  it('forum statuses: planned in the future, exactly one planned past its start, one ended in 2025', () => {
    const forums = nodes.filter((n) => n.label === 'Forum').map((n) => n.props as { status: string; plannedStart?: string; endDate?: string; source: string });
    const planned = forums.filter((f) => f.status === 'PLANNED');
    expect(planned.filter((f) => f.plannedStart?.startsWith('2027')).length).toBeGreaterThanOrEqual(2);
    const overdue = planned.filter((f) => f.plannedStart === '2025-09-01');
    expect(overdue).toHaveLength(1);
    expect(overdue[0]!.source).toBe('illustrative');
    const ended = forums.filter((f) => f.status === 'ENDED');
    expect(ended).toHaveLength(1);
    expect(ended[0]!.endDate?.startsWith('2025')).toBe(true);
  });

  it('internal forums do not claim to cross the boundary', () => {
    for (const id of ['forum-clg-ledningsmote', 'forum-hsf-ledningsgrupp']) expect(props(id)?.crossesBoundary, id).toBe(false);
    expect(props('forum-ledningsseminarium')).toMatchObject({ topLevel: true, crossesBoundary: true, systemLevel: 'MACRO' });
  });

  it('recorded gaps from the seeds', () => {
    expect(props('gap-journalsystem-patientkontrakt')).toMatchObject({ kind: 'INFORMATION', source: '002_3be67d7d3a733685' });
    expect(props('gap-kranskommuner-umea-olika-behov')).toMatchObject({ source: '002_3be67d7d3a733685' });
    expect(props('gap-forebyggande-far-sta-tillbaka')).toMatchObject({ kind: 'AMBITION', source: '000_dc0fee95e907e220' });
    for (const g of nodes.filter((n) => n.label === 'Gap')) {
      expect(ofType('BETWEEN').some((e) => e.from === g.id), g.id).toBe(true);
    }
  });
});
