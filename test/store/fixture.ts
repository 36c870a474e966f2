// A small graph every store contract test starts from. Ids carry a per-run
// prefix so a shared database (a live Neo4j) keeps each run's data apart.
import type { Change, EdgeProps, NodeLabel, RelType } from '../../schema/domain.ts';

export function fixture(p: string) {
  const id = (s: string) => `${p}${s}`;
  const node = (label: NodeLabel, key: string, props: Record<string, unknown>): Change => ({ op: 'create', label, id: id(key), props: { source: 'illustrative', ...props, name: `${props.name as string}${p ? ` ${p}` : ''}` } });
  const link = (type: RelType, from: string, to: string, props: Partial<EdgeProps> = {}): Change => ({ op: 'link', type, from: id(from), to: id(to), props: { source: 'illustrative', ...props } });
  const changes: Change[] = [
    node('Actor', 'region', { name: 'Region Västerbotten', kind: 'REGION', principal: 'REGION' }),
    node('Actor', 'lansdel', { name: 'Umeå länsdel', kind: 'COUNTY_PART', principal: 'REGION' }),
    node('Actor', 'vindeln', { name: 'Vindelns kommun', kind: 'MUNICIPALITY', principal: 'MUNICIPALITY', description: 'Kommun i Umeå länsdel' }),
    node('Actor', 'umea', { name: 'Umeå kommun', kind: 'MUNICIPALITY', principal: 'MUNICIPALITY' }),
    node('Actor', 'hc', { name: 'Hälsocentral Vindeln', kind: 'HEALTH_CENTRE', principal: 'REGION', description: 'Primärvård för Vindeln' }),
    node('CareLevel', 'pc', { name: 'Primärvård', kind: 'PRIMARY_CARE', principal: 'REGION' }),
    node('CareLevel', 'mpc', { name: 'Kommunal primärvård', kind: 'MUNICIPAL_PRIMARY_CARE', principal: 'MUNICIPALITY' }),
    node('Forum', 'local', { name: 'Lokal samverkan Vindeln', kind: 'COLLABORATION_GROUP', systemLevel: 'MESO', status: 'ACTIVE', mandate: 'COORDINATES', crossesBoundary: true, topLevel: false, startDate: '2020-01-01' }),
    node('Forum', 'lsg', { name: 'Länssamverkansgrupp', kind: 'COLLABORATION_GROUP', systemLevel: 'MACRO', status: 'ACTIVE', crossesBoundary: true, topLevel: true }),
    node('Forum', 'planned', { name: 'Samarbetsteam Umeå', kind: 'TEAM', systemLevel: 'MICRO', status: 'PLANNED', crossesBoundary: true, topLevel: false, plannedStart: '2027-03-01' }),
    node('TargetGroup', 'tg', { name: 'Mest sjuka äldre', definition: 'ca 5 % av personer 65+' }),
    node('Initiative', 'mobile', { name: 'Mobilt samverkanssystem', kind: 'DEVELOPMENT_AREA', status: 'ACTIVE' }),
    node('Gap', 'gap', { name: 'Journalsystemen försvårar patientkontrakt', kind: 'INFORMATION', severity: 'HIGH', status: 'IDENTIFIED' }),
    link('PART_OF', 'vindeln', 'lansdel'),
    link('PART_OF', 'umea', 'lansdel'),
    link('PART_OF', 'lansdel', 'region'),
    link('PARTICIPATES_IN', 'hc', 'local', { role: 'CHAIR' }),
    link('PARTICIPATES_IN', 'vindeln', 'local'),
    link('REPORTS_TO', 'local', 'lsg'),
    link('SPANS', 'local', 'pc'),
    link('SPANS', 'local', 'mpc'),
    link('COVERS', 'local', 'vindeln'),
    link('ESTIMATE', 'tg', 'vindeln', { count: 156, year: 2022, source: '002_3be67d7d3a733685' }),
    link('BELONGS_TO', 'local', 'mobile'),
    link('ADDRESSES', 'mobile', 'gap'),
  ];
  return { id, changes };
}
