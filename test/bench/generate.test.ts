// The benchmark generator: the same seed gives the same files, byte for byte,
// and what it writes is a valid import (the dry run finds nothing to report).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEED, SCALE_SPECS, apportion, generate, importGenerated, writeCsvFiles } from '../../bench/generate.ts';
import { SqliteStore } from '../../server/store/sqlite/sqlite-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'samverkan-generate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const filesOf = (out: string, seed = DEFAULT_SEED) => {
  const written = writeCsvFiles(generate('region', seed), join(dir, out));
  return { written, bytes: new Map(written.files.map((f) => [f.name, readFileSync(f.path)])) };
};

describe('the synthetic generator', () => {
  it('writes identical CSV bytes for the same seed, and different ones for another', () => {
    const a = filesOf('a');
    const b = filesOf('b');
    expect([...a.bytes.keys()]).toEqual(['actors.csv', 'care-levels.csv', 'forums.csv', 'target-groups.csv', 'initiatives.csv', 'gaps.csv', 'participation.csv', 'estimates.csv', 'links.csv']);
    for (const [name, bytes] of a.bytes) expect(bytes.equals(b.bytes.get(name)!), name).toBe(true);
    const other = filesOf('c', DEFAULT_SEED + 1);
    expect([...a.bytes].some(([name, bytes]) => !bytes.equals(other.bytes.get(name)!))).toBe(true);
  });

  it('gives the region scale the size of Västerbotten and exactly its participations', () => {
    const g = generate('region');
    const actors = g.nodes.filter((n) => n.label === 'Actor');
    expect(actors.filter((n) => n.props.kind === 'MUNICIPALITY')).toHaveLength(15);
    expect(actors.filter((n) => n.props.kind === 'COUNTY_PART')).toHaveLength(3);
    expect(actors.filter((n) => ['HEALTH_CENTRE', 'COTTAGE_HOSPITAL'].includes(String(n.props.kind)))).toHaveLength(SCALE_SPECS.region.healthCentres);
    expect(g.nodes.filter((n) => n.label === 'Forum')).toHaveLength(SCALE_SPECS.region.forums);
    expect(g.edges.filter((e) => e.type === 'PARTICIPATES_IN')).toHaveLength(SCALE_SPECS.region.participations);
    expect(g.nodes.length).toBeGreaterThan(150);
    expect(g.nodes.length).toBeLessThan(250);
    // structure the gap analysis has work with: plans, endings, reporting lines, spans, estimates
    const forums = g.nodes.filter((n) => n.label === 'Forum');
    expect(forums.some((f) => f.props.status === 'PLANNED')).toBe(true);
    expect(forums.some((f) => f.props.status === 'ENDED')).toBe(true);
    for (const type of ['REPORTS_TO', 'SPANS', 'COVERS', 'ESTIMATE', 'SERVES', 'CONVENES'] as const) expect(g.edges.some((e) => e.type === type), type).toBe(true);
  });

  it('writes files the import accepts: a dry run reports no problem', async () => {
    const { written } = filesOf('import');
    const store = new SqliteStore(join(dir, 'dry-run.db'));
    await store.init();
    try {
      const report = await importGenerated(store, written, { dryRun: true });
      expect(report.problems).toEqual([]);
      expect(report.problemCount).toBe(0);
      expect(report.ok).toBe(true);
      expect(report.applied).toBe(false);
      expect(report.elements).toEqual({ nodes: written.nodes, edges: written.edges });
    } finally {
      await store.close();
    }
  });

  it('splits a total over weights exactly, each part at least the minimum', () => {
    expect(apportion(10, [1, 1, 1])).toEqual([4, 3, 3]);
    const parts = apportion(1150, [5, 1, 0.5, 2], 1);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(1150);
    expect(Math.min(...parts)).toBeGreaterThanOrEqual(1);
  });
});
