// A synthetic county for the scale measurement: ~10 000 elements shaped like
// the real one (county parts, municipalities with their health centres, home
// care and forums, gaps), and a stored layout for it (clusters on a grid).
import type { Batch } from '../../schema/domain.ts';

export interface Synthetic {
  batch: Batch;
  positions: Record<string, [number, number]>;
}

export function syntheticCounty(municipalities = 400): Synthetic {
  const nodes: Batch['nodes'] = [];
  const edges: Batch['edges'] = [];
  const positions: Record<string, [number, number]> = {};
  const src = { source: 'illustrative' };
  const node = (id: string, label: Batch['nodes'][number]['label'], props: Record<string, unknown>, x: number, y: number) => {
    nodes.push({ id, label, props: { ...src, ...props } });
    positions[id] = [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
  };
  const link = (type: Batch['edges'][number]['type'], from: string, to: string, props: Record<string, unknown> = {}) => edges.push({ type, from, to, props: { ...src, ...props } as never });

  const side = Math.ceil(Math.sqrt(municipalities));
  const cell = 900;
  node('syn-region', 'Actor', { name: 'Syntetisk region', kind: 'REGION', principal: 'REGION' }, (side * cell) / 2, -600);
  const parts = Math.max(1, Math.round(municipalities / 20));
  for (let p = 0; p < parts; p++) {
    node(`syn-cp-${p}`, 'Actor', { name: `Länsdel ${p + 1}`, kind: 'COUNTY_PART', principal: 'REGION' }, ((p + 0.5) / parts) * side * cell, -300);
    link('PART_OF', `syn-cp-${p}`, 'syn-region');
  }
  for (let m = 0; m < municipalities; m++) {
    const cx = (m % side) * cell;
    const cy = Math.floor(m / side) * cell;
    const around = (i: number, n: number, r: number): [number, number] => [cx + Math.cos((i / n) * 2 * Math.PI) * r, cy + Math.sin((i / n) * 2 * Math.PI) * r];
    const muni = `syn-m-${m}`;
    node(muni, 'Actor', { name: `Kommun ${m + 1}`, kind: 'MUNICIPALITY', principal: 'MUNICIPALITY' }, cx, cy);
    link('PART_OF', muni, `syn-cp-${m % parts}`);
    const actors: string[] = [];
    for (let a = 0; a < 10; a++) {
      const id = `syn-m-${m}-a-${a}`;
      const region = a % 2 === 0;
      node(id, 'Actor', { name: `${region ? 'Hälsocentral' : 'Hemsjukvård'} ${m + 1}.${a + 1}`, kind: region ? 'HEALTH_CENTRE' : 'HOME_CARE', principal: region ? 'REGION' : 'MUNICIPALITY' }, ...around(a, 10, 200));
      link('PART_OF', id, muni);
      actors.push(id);
    }
    for (let f = 0; f < 12; f++) {
      const id = `syn-m-${m}-f-${f}`;
      const status = f % 6 === 5 ? 'PLANNED' : f % 11 === 10 ? 'ENDED' : 'ACTIVE';
      node(id, 'Forum', {
        name: `Forum ${m + 1}.${f + 1}`, kind: 'TEAM', systemLevel: (['MACRO', 'MESO', 'MICRO'] as const)[f % 3], status, crossesBoundary: true, topLevel: f === 0,
        ...(status === 'PLANNED' ? { plannedStart: '2030-01-01' } : {}),
      }, ...around(f, 12, 380));
      link('COVERS', id, muni);
      link('PARTICIPATES_IN', actors[f % 10]!, id, { role: 'CHAIR' });
      link('PARTICIPATES_IN', actors[(f + 1) % 10]!, id);
      if (f > 0 && f % 2 === 0) link('REPORTS_TO', id, `syn-m-${m}-f-0`);
    }
    node(`syn-m-${m}-gap`, 'Gap', { name: `Mellanrum ${m + 1}`, kind: 'HANDOVER', severity: 'MEDIUM', status: 'IDENTIFIED' }, cx + 90, cy - 60);
    link('BETWEEN', `syn-m-${m}-gap`, muni);
    link('BETWEEN', `syn-m-${m}-gap`, actors[0]!);
    node(`syn-m-${m}-init`, 'Initiative', { name: `Initiativ ${m + 1}`, kind: 'PROJECT', status: 'ACTIVE' }, cx - 90, cy + 60);
    link('OWNS', muni, `syn-m-${m}-init`);
  }
  return { batch: { nodes, edges }, positions };
}
