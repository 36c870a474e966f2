// Export → import gives the same graph, element by element; importing the
// same file twice changes nothing; a changed row updates its element.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedStore } from '../../seed/load.ts';
import type { Change } from '../../schema/domain.ts';
import { exportToFile, importPaths, plainGraph, reimport, storeState, tempStore, writeText, type TempStore } from './helpers.ts';

describe('the Västerbotten store', () => {
  // Everything is read off the source first: on Neo4j an empty target store is the same database emptied.
  let source: TempStore;
  let want: Awaited<ReturnType<typeof plainGraph>>;
  const files: Record<string, string> = {};
  beforeAll(async () => {
    source = await tempStore((s) => seedStore(s));
    files.xlsx = await exportToFile(source.store, 'xlsx', source.dir, 'vb.xlsx');
    files.csv = await exportToFile(source.store, 'csv', source.dir, 'vb.csv.zip');
    want = await plainGraph(source.store);
  });
  afterAll(() => source.close());

  it('imported over itself changes nothing: same graph, same version, same timestamps', async () => {
    const before = await storeState(source.store);
    const r = await importPaths(source.store, [files.xlsx!]);
    expect(r.ok).toBe(true);
    expect(r.changed).toEqual({ nodes: 0, edges: 0 });
    expect(await storeState(source.store)).toEqual(before);
  });

  it('exported to XLSX and imported into an empty store gives the same graph', async () => {
    const target = await tempStore();
    try {
      const r = await importPaths(target.store, [files.xlsx!]);
      expect(r.problems).toEqual([]);
      expect(r.ok).toBe(true);
      const got = await plainGraph(target.store);
      expect(got.nodes.length).toBe(want.nodes.length);
      expect(got.edges.length).toBe(want.edges.length);
      expect(got).toEqual(want);
      expect(r.changed).toEqual({ nodes: want.nodes.length, edges: want.edges.length });
    } finally {
      await target.close();
    }
  });

  it('exported to a zip of CSV files and imported into an empty store gives the same graph', async () => {
    const target = await tempStore();
    try {
      const r = await importPaths(target.store, [files.csv!]);
      expect(r.problems).toEqual([]);
      expect(await plainGraph(target.store)).toEqual(want);
    } finally {
      await target.close();
    }
  });
});

describe('importing twice', () => {
  it('is idempotent, rows without ids are matched by name, and a changed row updates its element', async () => {
    const t = await tempStore();
    try {
      const write = (status: string) => writeText(t.dir, 'forums.csv', [
        'Namn / Name,Typ / Kind,Systemnivå / System level,Status / Status',
        `Lokal samverkan Bjurholm,Samverkansgrupp,meso,${status}`,
        'Styrgrupp mobilt samverkanssystem,STEERING_GROUP,MACRO,ACTIVE',
      ].join('\n'));
      const first = await importPaths(t.store, [write('Planerad')]);
      expect(first.problems).toEqual([]);
      expect(first.changed).toEqual({ nodes: 2, edges: 0 });
      const after1 = await storeState(t.store);
      expect(after1.nodes.map((n) => n.id)).toEqual(['forum-lokal-samverkan-bjurholm', 'forum-styrgrupp-mobilt-samverkanssystem']);

      const second = await importPaths(t.store, [write('Planerad')]);
      expect(second.changed).toEqual({ nodes: 0, edges: 0 });
      expect(await storeState(t.store)).toEqual(after1);

      const third = await importPaths(t.store, [write('Aktiv')]);
      expect(third.changed).toEqual({ nodes: 1, edges: 0 });
      const after3 = await storeState(t.store);
      expect(after3.nodes.map((n) => n.id)).toEqual(after1.nodes.map((n) => n.id));
      expect(after3.nodes.find((n) => n.id === 'forum-lokal-samverkan-bjurholm')).toMatchObject({ status: 'ACTIVE', createdAt: after1.nodes[0]!.createdAt });
    } finally {
      await t.close();
    }
  });

  it('keeps a stored value when its column is absent, and clears it when the cell is empty', async () => {
    const t = await tempStore('fixture');
    try {
      const csv = (lines: string[]) => writeText(t.dir, 'actors.csv', lines.join('\n'));
      await importPaths(t.store, [csv(['Id / Id,Namn / Name', 'vindeln,Vindelns kommun'])]);
      expect((await t.store.getNodes(['vindeln']))[0]).toMatchObject({ description: 'Kommun i Umeå länsdel', kind: 'MUNICIPALITY' });
      await importPaths(t.store, [csv(['Id / Id,Namn / Name,Beskrivning / Description', 'vindeln,Vindelns kommun,'])]);
      expect((await t.store.getNodes(['vindeln']))[0]!.description).toBeUndefined();
    } finally {
      await t.close();
    }
  });

  it('moves a recorded gap one status at a time, as the API does', async () => {
    const t = await tempStore('fixture');
    try {
      const csv = (status: string) => writeText(t.dir, 'Mellanrum.csv', `Id / Id,Namn / Name,Status / Status\ngap,Journalsystemen försvårar patientkontrakt,${status}\n`);
      const jump = await importPaths(t.store, [csv('Stängt')]);
      expect(jump.problems).toEqual([expect.objectContaining({ column: 'C', row: 2, code: 'INVALID_VALUE', message: 'A gap cannot move from IDENTIFIED to CLOSED in one step (identified → analysed → being addressed → closed; a closed gap may reopen)' })]);
      const step = await importPaths(t.store, [csv('Analyserat')]);
      expect(step.ok).toBe(true);
      expect((await t.store.getNodes(['gap']))[0]).toMatchObject({ status: 'ANALYSED', kind: 'INFORMATION', severity: 'HIGH' });
    } finally {
      await t.close();
    }
  });

  it('resolves references by name, within the file first and then in the store', async () => {
    const t = await tempStore('fixture');
    try {
      const forums = writeText(t.dir, 'Forum.csv', 'Namn;Typ;Systemnivå;Status\nNytt forum;TEAM;MICRO;PLANNED\n');
      const part = writeText(t.dir, 'Deltagande.csv', 'Aktör;Forum;Roll\nvindelns kommun;nytt forum;Ordförande\nHälsocentral Vindeln;Nytt Forum;\n');
      const r = await importPaths(t.store, [forums, part]);
      expect(r.problems).toEqual([]);
      const g = await t.store.subgraph({});
      expect(g.edges.filter((e) => e.to === 'forum-nytt-forum').map((e) => [e.from, e.role]).sort()).toEqual([['hc', 'MEMBER'], ['vindeln', 'CHAIR']]);
    } finally {
      await t.close();
    }
  });
});

describe('text that looks like a formula', () => {
  const tricky = ['=HYPERLINK("http://x","y")', '+46 90 785 00 00', '-minus', '@SUM(A1)', "'=already quoted", "'plain apostrophe", 'a & b <c> "d" &amp;', 'rad ett\nrad två', 'Åsele–Dorotea ✓'];

  async function storeWithTricky() {
    return tempStore(async (s) => {
      const changes: Change[] = tricky.map((text, i) => ({
        op: 'create', label: 'TargetGroup', id: `tg-${i}`, props: { name: `Grupp ${i}`, description: text, definition: text, source: 'illustrative' },
      }));
      await s.apply(changes, { by: 'test' });
    });
  }

  it('is stored as text, exported with a leading apostrophe, and comes back exactly (XLSX and CSV)', async () => {
    const a = await storeWithTricky();
    try {
      const { want, results } = await reimport(a, { xlsx: 'tricky.xlsx', csv: 'tricky.zip' });
      for (const r of results) {
        expect(r.report.problems).toEqual([]);
        expect(r.got).toEqual(want);
      }
      // the spreadsheet cell itself carries the protection
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(a.dir, 'tricky.xlsx'));
      const ws = wb.getWorksheet('Målgrupper - TargetGroups')!;
      const descCol = (ws.getRow(1).values as unknown[]).indexOf('Beskrivning / Description');
      const cells = ws.getColumn(descCol).values.slice(2) as string[];
      expect(cells).toContain('\'=HYPERLINK("http://x","y")');
      expect(cells).toContain("''=already quoted");
      expect(cells).toContain("'plain apostrophe");
      expect(cells).toContain("'@SUM(A1)");
      const csv = readFileSync(join(a.dir, 'tricky.zip'));
      expect(csv.length).toBeGreaterThan(0);
    } finally {
      await a.close();
    }
  });
});
