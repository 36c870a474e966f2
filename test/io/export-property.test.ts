// Property: whatever text the schema accepts, in every text field of every
// element and relationship, the XLSX and CSV exports (a) hold no cell a
// spreadsheet could take for a formula, as an independent reader sees the
// cells, and (b) import into an empty store as the same graph.
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { z } from 'zod';
import { NodeLabel, RELATIONSHIPS, nameKey, nodeProps, type Change, type RelType } from '../../schema/domain.ts';
import { createChange, linkChange } from '../../server/graphql/inputs.ts';
import { SHEETS, fieldInfo } from '../../server/io/template.ts';
import { exportToFile, importPaths, plainGraph, tempStore } from './helpers.ts';

// ---- text, hostile and plain -----------------------------------------------------

/** Pieces that make text hard for a file: formula characters, blanks and invisible characters, quotes and delimiters, line breaks, OOXML escapes, what NFC changes, astral characters; and some no export can carry (the schema must refuse those). */
const PIECES = [
  '=', '+', '-', '@', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20', "'", "''", '"', '""', ';', ',', '|', ' ', '  ',
  '\t', '\n', '\r\n', '\r', '\u00A0', '\u200B', '\u200C', '\u200D', '\u200E', '\u2060', '\uFEFF', '\u00AD', '\u3164', '\u2800',
  'å', 'ä', 'ö', 'Å', 'Ä', 'Ö', 'e\u0301', 'A\u030A', '\u212B', '\u1E9B\u0323', '\u0301', 'ﬁ',
  '😀', '👩‍👩‍👧', '𝔘𝔪𝔢å', '🇸🇪',
  '_x003D_', '_x0000_', '_x005F_', '_x00e5_', '_x',
  'HYPERLINK("http://evil","klick")', 'SUM(A1:A2)', "cmd|' /C calc'!A0", '1+1', '-5 % av 65+', '+46 90 10 00 00',
  '<b>&amp;</b>', 'Umeå kommun', 'Region Västerbotten', '2480', 'TRUE', '2024-01-01', '0180',
] as const;
/** Never accepted: NUL, other controls, lone surrogates, noncharacters. */
const REFUSED = ['\u0000', '\u0001', '\u0007', '\u001B', '\u007F', '\u0085', '\u009F', '\uD83D', '\uDE00', '\uFFFE', '\uFFFF'] as const;

const piece = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom(...REFUSED) },
);
const rawText = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));

/** Text the field's schema accepts, as a client would send it (the schema normalises it on the way in). */
const acceptedBy = (schema: z.ZodType) => rawText.filter((v) => schema.safeParse(v).success);

// ---- graphs -------------------------------------------------------------------------

type Input = Record<string, unknown>;

/** Every property of a schema: text from `acceptedBy`, enums and yes/no from their values; optional ones sometimes left out. Dates are left out (not text). */
function propsOf(shape: Record<string, z.ZodType>, skip: readonly string[] = []): fc.Arbitrary<Input> {
  const fields: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [key, schema] of Object.entries(shape)) {
    if (skip.includes(key)) continue;
    const info = fieldInfo(schema);
    const value: fc.Arbitrary<unknown> | null = info.kind === 'string' ? acceptedBy(schema)
      : info.kind === 'enum' ? fc.constantFrom(...info.values!)
        : info.kind === 'boolean' ? fc.boolean()
          : info.kind === 'int' ? null
            : null;
    if (!value) continue;
    fields[key] = info.required ? value : fc.option(value, { nil: undefined, freq: 4 });
  }
  return fc.record(fields);
}

/** Which text fields there are, for the record (and to fail loudly if there were none). */
const textFields = (shape: Record<string, z.ZodType>) => Object.entries(shape).filter(([, s]) => fieldInfo(s).kind === 'string').map(([k]) => k);

const NODES: Array<{ id: string; label: NodeLabel }> = [
  { id: 'actor-a', label: 'Actor' },
  { id: 'actor-b', label: 'Actor' },
  { id: 'carelevel', label: 'CareLevel' },
  { id: 'forum', label: 'Forum' },
  { id: 'targetgroup', label: 'TargetGroup' },
  { id: 'initiative', label: 'Initiative' },
  { id: 'gap', label: 'Gap' },
];

/** One relationship of every kind of props (plain, participation, estimate), and one per sheet they go to. */
const EDGES: Array<{ type: RelType; from: string; to: string }> = [
  { type: 'PART_OF', from: 'actor-a', to: 'actor-b' },
  { type: 'PARTICIPATES_IN', from: 'actor-a', to: 'forum' },
  { type: 'ESTIMATE', from: 'targetgroup', to: 'actor-b' },
  { type: 'AFFECTS', from: 'gap', to: 'targetgroup' },
];

const shapeOf = (s: z.ZodObject) => s.shape as Record<string, z.ZodType>;

const graphArb = fc.record({
  nodes: fc.tuple(...NODES.map((n) => propsOf(shapeOf(nodeProps[n.label]), ['plannedStart', 'startDate', 'endDate']))),
  edges: fc.tuple(...EDGES.map((e) => fc.record({
    props: propsOf(shapeOf(RELATIONSHIPS[e.type].props)),
    count: fc.integer({ min: 0, max: 100_000_000 }),
    year: fc.integer({ min: 1900, max: 2100 }),
  }))),
}).filter((g) => nameKey(String(g.nodes[0]!.name)) !== nameKey(String(g.nodes[1]!.name)));

/** The changes the API would make of the graph: each input through its real validation. */
function changesOf(g: { nodes: Input[]; edges: Array<{ props: Input; count: number; year: number }> }): Change[] {
  const changes: Change[] = NODES.map((n, i) => createChange(n.label, { id: n.id, ...g.nodes[i] }));
  EDGES.forEach((e, i) => {
    const { props, count, year } = g.edges[i]!;
    const numbers = e.type === 'ESTIMATE' ? { count, year } : {};
    changes.push(linkChange({ type: e.type, from: e.from, to: e.to, ...props, ...numbers }));
  });
  return changes;
}

// ---- independent readers ---------------------------------------------------------------

/** What a spreadsheet could take for a formula: tab or CR first, or = + - @ (or full-width) after blanks and invisible characters. */
const looksLikeFormula = (cell: string) =>
  /^[\t\r]/.test(cell) || /^[\s\p{Cc}\p{Cf}\p{Cs}\p{M}\p{Z}\u115F\u1160\u3164\uFFA0\u2800]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/u.test(cell);

/** Every cell of every sheet, as exceljs's whole-workbook reader (which decodes OOXML escapes, as Excel does) gives it. */
async function xlsxCells(path: string): Promise<Array<{ sheet: string; header: string; value: unknown }>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const out: Array<{ sheet: string; header: string; value: unknown }> = [];
  wb.eachSheet((ws) => {
    const headers = ws.getRow(1).values as unknown[];
    ws.eachRow((row, n) => {
      if (n === 1) return;
      row.eachCell((cell, col) => out.push({ sheet: ws.name, header: String(headers[col] ?? ''), value: cell.value }));
    });
  });
  return out;
}

const cellText = (v: unknown): string | null => {
  if (typeof v === 'string') return v;
  if (v && typeof v === 'object' && Array.isArray((v as { richText?: unknown }).richText)) return (v as { richText: Array<{ text: string }> }).richText.map((r) => r.text).join('');
  return null;
};

/** Each CSV file of a zip as records: RFC 4180 quoting, any line break outside quotes ends a record, every record as wide as the header. */
async function csvRecords(path: string): Promise<Map<string, string[][]>> {
  const zip = await yauzl.openPromise(path);
  const out = new Map<string, string[][]>();
  for await (const entry of zip.eachEntry()) {
    const chunks: Buffer[] = [];
    for await (const c of await zip.openReadStreamPromise(entry)) chunks.push(c as Buffer);
    out.set(entry.fileName, parse(Buffer.concat(chunks).toString('utf8'), { bom: true, record_delimiter: ['\r\n', '\n', '\r'] }));
  }
  return out;
}

// ---- the property -----------------------------------------------------------------------

describe('every text the schema accepts', () => {
  it('covers every text field of every element and relationship', () => {
    for (const l of NodeLabel.options) expect(textFields(shapeOf(nodeProps[l])), l).toEqual(expect.arrayContaining(['name', 'description', 'source', 'sourceNote']));
    expect(textFields(shapeOf(nodeProps.Actor))).toEqual(expect.arrayContaining(['shortName', 'code']));
    expect(textFields(shapeOf(nodeProps.Gap))).toEqual(expect.arrayContaining(['evidence', 'ruleId', 'findingKey']));
    expect(textFields(shapeOf(nodeProps.TargetGroup))).toContain('definition');
    expect(new Set(NODES.map((n) => n.label))).toEqual(new Set(NodeLabel.options));
    const propsSchemas = new Set(Object.values(RELATIONSHIPS).map((r) => r.props));
    expect(new Set(EDGES.map((e) => RELATIONSHIPS[e.type].props))).toEqual(propsSchemas);
    for (const s of propsSchemas) expect(textFields(shapeOf(s))).toEqual(expect.arrayContaining(['source', 'sourceNote']));
  });

  it('exports to XLSX and CSV without a cell that looks like a formula, and imports back into an empty store as the same graph', async () => {
    const countCols = new Set(['Antal / Count', 'År / Year']);
    const countIdx = (file: string) => {
      const sheet = SHEETS.find((s) => s.file === file)!;
      return sheet.columns.map((c, i) => (countCols.has(c.header) ? i : -1)).filter((i) => i >= 0);
    };
    await fc.assert(
      fc.asyncProperty(graphArb, async (g) => {
        const source = await tempStore(async (s) => {
          await s.apply(changesOf(g), { by: 'property' });
        });
        try {
          const want = await plainGraph(source.store);
          expect(want.nodes).toHaveLength(NODES.length);
          expect(want.edges).toHaveLength(EDGES.length);

          // XLSX: no text cell looks like a formula; the numbers are numbers
          const xlsx = await exportToFile(source.store, 'xlsx', source.dir, 'graph.xlsx');
          for (const c of await xlsxCells(xlsx)) {
            expect(c.value && typeof c.value === 'object' && ('formula' in c.value || 'sharedFormula' in c.value), `${c.sheet} ${c.header}`).toBeFalsy();
            const text = cellText(c.value);
            if (text !== null) expect(looksLikeFormula(text), `${c.sheet} ${c.header}: ${JSON.stringify(text)}`).toBe(false);
            if (countCols.has(c.header)) expect(typeof c.value, `${c.sheet} ${c.header}`).toBe('number');
          }

          // CSV: every record as wide as its header (csv-parse refuses otherwise), no cell looks like a formula, numbers plain
          const csv = await exportToFile(source.store, 'csv', source.dir, 'graph.csv.zip');
          const files = await csvRecords(csv);
          expect(files.size).toBe(SHEETS.length);
          for (const [file, records] of files) {
            const rows = SHEETS.find((s) => s.file === file)!.kind === 'node'
              ? NODES.filter((n) => SHEETS.find((s) => s.file === file)!.label === n.label).length
              : want.edges.filter((e) => SHEETS.find((s) => s.file === file)!.types!.includes(e.type as RelType)).length;
            expect(records.length, file).toBe(1 + rows);
            for (const cell of records.flat()) expect(looksLikeFormula(cell), `${file}: ${JSON.stringify(cell)}`).toBe(false);
            for (const r of records.slice(1)) for (const i of countIdx(file)) expect(r[i], file).toMatch(/^\d+$/);
          }

          // both import into an empty store as the same graph
          for (const file of [xlsx, csv]) {
            const target = await tempStore();
            try {
              const r = await importPaths(target.store, [file]);
              expect(r.problems, file).toEqual([]);
              expect(await plainGraph(target.store), file).toEqual(want);
            } finally {
              await target.close();
            }
          }
        } finally {
          await source.close();
        }
      }),
      { numRuns: 30 },
    );
  }, 120_000);
});
