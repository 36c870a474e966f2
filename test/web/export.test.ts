// Export of the selection: CSV safe for spreadsheets, JSON with the relationships among the elements.
import { describe, expect, it } from 'vitest';
import { csvCell, fileName, toCsv, toJson } from '../../web/src/graph/export.ts';
import { en } from '../../web/src/i18n/en.ts';
import { sv } from '../../web/src/i18n/sv.ts';
import { fixtureGraph, node } from './graph-fixture.ts';

describe('csvCell', () => {
  it('quotes separators, quotes and line breaks', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(2311)).toBe('2311');
  });

  it('keeps a cell a spreadsheet would run as a formula as text', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+46')).toBe("'+46");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });
});

describe('toCsv', () => {
  const g = fixtureGraph();

  it('writes a header in the current language and a row per element, enum values as words', () => {
    const csv = toCsv([node(g, 'local'), node(g, 'vindeln')], sv, { names: new Map([['lansdel', 'Umeå länsdel']]) });
    const [header, forum, actor, end] = csv.split('\r\n');
    expect(header).toBe('Id,Typ,Namn,Sort,Huvudman,Status,Systemnivå,Allvarlighet,Länsdel,Planerad start,Startdatum,Slutdatum');
    expect(forum).toBe('local,Forum,Lokal samverkan Vindeln,Samverkansgrupp,,Aktivt,Meso (taktisk),,Umeå länsdel,,2020-01-01,');
    expect(actor).toBe('vindeln,Aktör,Vindelns kommun,Kommun,Kommun,,,,Umeå länsdel,,,');
    expect(end).toBe('');
    expect(toCsv([node(g, 'gap')], en).split('\r\n')[1]).toBe('gap,Gap,Journalsystemen försvårar patientkontrakt,Information,,Identified,,High,,,,');
  });
});

describe('toJson', () => {
  it('keeps the relationships among the selected elements only, with each element’s state on the date', () => {
    const g = fixtureGraph();
    const out = JSON.parse(toJson([node(g, 'local'), node(g, 'hc')], g.edges, { date: '2026-06-01', states: new Map([['local', 'active' as const]]), version: 7 }));
    expect(out.asOf).toBe('2026-06-01');
    expect(out.storeVersion).toBe(7);
    expect(out.nodes.map((n: { id: string }) => n.id)).toEqual(['local', 'hc']);
    expect(out.nodes[0].stateOnDate).toBe('active');
    expect(out.edges).toEqual([expect.objectContaining({ type: 'PARTICIPATES_IN', source: 'hc', target: 'local', role: 'CHAIR' })]);
  });

  it('names files by date', () => {
    expect(fileName('samverkanskartan', '2026-06-01', 'csv')).toBe('samverkanskartan-2026-06-01.csv');
  });
});
