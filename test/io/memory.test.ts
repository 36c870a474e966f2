// 50 000 rows: read as a stream, checked, written in one bulkUpsert, with the
// heap measured all along. The figure is printed; the bound asserted is loose
// (the point is that it does not grow with the file the way a whole-workbook
// read does).
import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '../../schema/domain.ts';
import { writeXlsx } from '../../server/io/export.ts';
import { importPaths, tempStore } from './helpers.ts';

const ROWS = { actors: 10_000, forums: 5_000, participation: 35_000 };
const MB = 1024 * 1024;

function syntheticGraph(): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const meta = { createdAt: '2026-01-01T00:00:00.000Z', createdBy: 'test', updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: 'test' };
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  for (let i = 0; i < ROWS.actors; i++) {
    nodes.push({ id: `actor-${i}`, label: 'Actor', name: `Aktör nummer ${i}`, kind: 'HEALTH_CENTRE', principal: 'REGION', source: 'illustrative', description: `Hälsocentral ${i} i ett påhittat län, med en beskrivning av rimlig längd.`, ...meta } as GraphNode);
  }
  for (let i = 0; i < ROWS.forums; i++) {
    nodes.push({ id: `forum-${i}`, label: 'Forum', name: `Forum nummer ${i}`, kind: 'TEAM', systemLevel: 'MICRO', status: 'ACTIVE', crossesBoundary: true, topLevel: false, source: 'illustrative', startDate: '2024-01-01', ...meta } as GraphNode);
  }
  for (let i = 0; i < ROWS.participation; i++) {
    const from = `actor-${i % ROWS.actors}`;
    // actor a meets forums a, a+1234, a+2468, … (mod 5000): every pair once
    const to = `forum-${(i + Math.floor(i / ROWS.actors) * 1234) % ROWS.forums}`;
    edges.push({ id: `${from}|PARTICIPATES_IN|${to}`, type: 'PARTICIPATES_IN', from, to, role: 'MEMBER', source: 'illustrative', ...meta });
  }
  return { nodes, edges };
}

describe('an import of 50 000 rows', () => {
  it('streams with a bounded heap, and writes everything in one transaction', async () => {
    const t = await tempStore();
    try {
      const graph = syntheticGraph();
      const rows = graph.nodes.length + graph.edges.length;
      expect(rows).toBeGreaterThanOrEqual(50_000);
      const path = join(t.dir, 'big.xlsx');
      const out = createWriteStream(path);
      await writeXlsx(out, graph);
      await finished(out);
      const size = (await stat(path)).size;
      // let go of the generated graph before measuring
      graph.nodes.length = 0;
      graph.edges.length = 0;
      (globalThis as { gc?: () => void }).gc?.();

      const base = process.memoryUsage().heapUsed;
      let peak = base;
      const sample = () => {
        peak = Math.max(peak, process.memoryUsage().heapUsed);
      };
      const timer = setInterval(sample, 20);
      const phases = new Set<string>();
      const started = Date.now();
      const r = await importPaths(t.store, [path], {
        limits: { maxRows: 100_000 },
        onProgress: (p) => {
          phases.add(p.phase);
          sample();
        },
      });
      clearInterval(timer);
      sample();
      const seconds = (Date.now() - started) / 1000;
      expect(r.problems).toEqual([]);
      expect(r.rows).toBe(rows);
      expect(r.changed).toEqual({ nodes: ROWS.actors + ROWS.forums, edges: rows - ROWS.actors - ROWS.forums });
      expect([...phases]).toEqual(['check', 'read', 'resolve', 'write', 'done']);
      const figure = `50k-row import: file ${(size / MB).toFixed(1)} MB, ${rows} rows in ${seconds.toFixed(1)} s; heap ${(base / MB).toFixed(0)} MB before, peak ${(peak / MB).toFixed(0)} MB (+${((peak - base) / MB).toFixed(0)} MB)`;
      console.log(figure);
      expect(peak - base).toBeLessThan(400 * MB);
    } finally {
      await t.close();
    }
  }, 180_000);
});
