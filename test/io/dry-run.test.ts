// A dry run reports every mistake with sheet, row and column, and writes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPaths, storeState, tempStore, writeWorkbook, type TempStore } from './helpers.ts';

describe('a dry run of a workbook with ten different mistakes', () => {
  let t: TempStore;
  beforeAll(async () => {
    t = await tempStore('fixture');
  });
  afterAll(() => t.close());

  it('reports all ten, each with sheet, row and column, in English and Swedish, and writes nothing', async () => {
    const file = await writeWorkbook(`${t.dir}/mistakes.xlsx`, {
      'Aktörer - Actors': [
        ['Id / Id', 'Namn / Name', 'Typ / Kind', 'Huvudman / Principal'],
        ['ny-aktor', 'Ny aktör', 'KOMMUNN', 'Kommun'], // 1: C2 not a kind
        ['', '', 'Kommun', 'Kommun'], // 2: B3 name missing
        ['Fel Id', 'Tredje aktören', 'Region', 'Region'], // 3: A4 invalid id
      ],
      'Forum - Forums': [
        ['Namn / Name', 'Typ / Kind', 'Systemnivå / System level', 'Status / Status', 'Gränsöverskridande / Crosses boundary', 'Startdatum / Start date', 'Slutdatum / End date'],
        ['Nytt forum', 'Styrgrupp', 'Meso', 'Aktiv', 'kanske', '2024-01-01', ''], // 4: E2 not yes/no
        ['Andra forumet', 'Team', 'Mikro', 'Planerad', 'ja', '2024-13-45', ''], // 5: F3 not a date
        ['Tredje forumet', 'Team', 'Mikro', 'Aktiv', 'nej', '2024-05-01', '2023-01-01'], // 6: G4 end before start
      ],
      'Deltagande - Participation': [
        ['Aktör / Actor', 'Forum / Forum', 'Roll / Role'],
        ['Finns inte AB', 'Nytt forum', 'Ledamot'], // 7: A2 unresolved actor
      ],
      'Skattningar - Estimates': [
        ['Målgrupp / Target group', 'Område / Area', 'År / Year', 'Antal / Count', 'Källa / Source'],
        ['Mest sjuka äldre', 'Vindelns kommun', 2022, 'många', '002_3be67d7d3a733685'], // 8: D2 not a number
      ],
      'Relationer - Links': [
        ['Relation / Relationship', 'Från / From', 'Till / To'],
        ['GILLAR', 'vindeln', 'region'], // 9: A2 not a relationship type
        ['REPORTS_TO', 'vindeln', 'lsg'], // 10: B3 an actor cannot report to a forum
      ],
    });
    const before = await storeState(t.store);
    const r = await importPaths(t.store, [file], { dryRun: true });
    expect(await storeState(t.store)).toEqual(before);
    expect(r.ok).toBe(false);
    expect(r.applied).toBe(false);
    expect(r.problemCount, JSON.stringify(r.problems, null, 1)).toBe(10);

    const where = r.problems.map((p) => `${p.sheet}!${p.column}${p.row} ${p.code}`);
    expect(where.sort()).toEqual([
      'Aktörer - Actors!A4 INVALID_VALUE',
      'Aktörer - Actors!B3 REQUIRED',
      'Aktörer - Actors!C2 INVALID_VALUE',
      'Deltagande - Participation!A2 UNRESOLVED_REFERENCE',
      'Forum - Forums!E2 INVALID_VALUE',
      'Forum - Forums!F3 INVALID_VALUE',
      'Forum - Forums!G4 INVALID_VALUE',
      'Relationer - Links!A2 INVALID_VALUE',
      'Relationer - Links!B3 WRONG_ENDPOINT',
      'Skattningar - Estimates!D2 INVALID_VALUE',
    ]);
    for (const p of r.problems) {
      expect(p.header, where.join('\n')).toMatch(/ \/ /);
      expect(p.message.length).toBeGreaterThan(5);
      expect(p.messageSv.length).toBeGreaterThan(5);
      expect(p.messageSv).not.toBe(p.message);
    }
    const byCell = Object.fromEntries(r.problems.map((p) => [`${p.sheet}!${p.column}${p.row}`, p]));
    expect(byCell['Aktörer - Actors!C2']).toMatchObject({ header: 'Typ / Kind', message: expect.stringContaining('"KOMMUNN" is not one of: REGION, MUNICIPALITY'), messageSv: expect.stringContaining('"KOMMUNN" är inte ett av') });
    expect(byCell['Aktörer - Actors!B3']).toMatchObject({ header: 'Namn / Name', message: 'is required', messageSv: 'måste anges' });
    expect(byCell['Forum - Forums!F3']).toMatchObject({ message: 'must be a date as YYYY-MM-DD', messageSv: 'måste vara ett datum som ÅÅÅÅ-MM-DD' });
    expect(byCell['Forum - Forums!G4']).toMatchObject({ header: 'Slutdatum / End date', message: 'must not be before the start date', messageSv: 'får inte vara före startdatum' });
    expect(byCell['Deltagande - Participation!A2']!.message).toContain('"Finns inte AB"');
    expect(byCell['Skattningar - Estimates!D2']).toMatchObject({ header: 'Antal / Count', message: '"många" is not a whole number' });
    expect(byCell['Relationer - Links!B3']!.message).toBe('"vindeln" is an Actor; REPORTS_TO starts at Forum');
    expect(r.message).toBe('10 problems found in 10 rows; nothing was imported');
  });

  it('passes a valid file, says what it would do, and still writes nothing', async () => {
    const file = await writeWorkbook(`${t.dir}/valid.xlsx`, {
      'Forum - Forums': [
        ['Namn / Name', 'Typ / Kind', 'Systemnivå / System level', 'Status / Status'],
        ['Nytt forum', 'Styrgrupp', 'Meso', 'Aktiv'],
      ],
      'Deltagande - Participation': [
        ['Aktör / Actor', 'Forum / Forum', 'Roll / Role'],
        ['Vindelns kommun', 'Nytt forum', 'Ordförande'],
      ],
    });
    const before = await storeState(t.store);
    const r = await importPaths(t.store, [file], { dryRun: true });
    expect(r).toMatchObject({ ok: true, dryRun: true, applied: false, changed: null, problems: [], rows: 2, elements: { nodes: 1, edges: 1 } });
    expect(r.messageSv).toBe('Provkörning: 2 rader är giltiga (1 element, 1 relationer); inget skrevs');
    expect(await storeState(t.store)).toEqual(before);
  });
});
