// A CSV file's records as the import reads them (sources.ts: plain text split
// directly, anything else through csv-parse) are csv-parse's records, whatever
// the text; and the bytes reported for progress are the file's, once.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { withDefaults } from '../../server/io/limits.ts';
import { openFiles, sheetsOf, sniffDelimiter } from '../../server/io/sources.ts';

const dir = mkdtempSync(join(tmpdir(), 'samverkan-csv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What the import reads from a CSV file: its records in order, and the bytes it reported. */
async function readCsv(text: string | Buffer, limits = withDefaults()): Promise<{ records: unknown[][]; bytes: number }> {
  const path = join(dir, 'participation.csv');
  writeFileSync(path, text);
  const opened = await openFiles([{ path, name: 'participation.csv' }], limits);
  let bytes = 0;
  const records: unknown[][] = [];
  for await (const sheet of sheetsOf(opened, limits, (n) => (bytes += n))) for await (const r of sheet.rows) records.push(r.values);
  return { records, bytes };
}

/** csv-parse's records for the same text as the import always gave them: decoded as UTF-8 (a leading byte-order mark dropped), then csv-parse with the import's options. */
function csvParse(text: string): unknown[][] {
  const first = (text.split(/\r?\n|\r/)[0] ?? '').replace(/^\uFEFF/, '');
  const decoded = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(text));
  return parse(decoded, { bom: true, delimiter: sniffDelimiter(first), relax_column_count: true, max_record_size: withDefaults().maxCellChars * 64 }) as unknown[][];
}

const PIECES = ['a', 'Umeå', ' ', ',', ';', '\t', '\n', '\n', '\n', '\r\n', '\r\n', '\r\n', '\r', '"', '""', '\uFEFF', 'x,y', 'forum-000001', ''];

describe('CSV records', () => {
  it('are csv-parse\'s for any text of plain cells, quotes, delimiters and line ends', async () => {
    await fc.assert(fc.asyncProperty(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), async (pieces) => {
      const text = pieces.join('');
      fc.pre(text !== ''); // an empty file is refused before it is read
      let expected: unknown[][] | Error;
      try {
        expected = csvParse(text);
      } catch (e) {
        expected = e as Error;
      }
      if (expected instanceof Error) {
        // csv-parse refuses it: so does the import
        await expect(readCsv(text)).rejects.toMatchObject({ code: 'CORRUPT_FILE' });
        return;
      }
      expect((await readCsv(text)).records).toEqual(expected);
    }), { numRuns: 300 });
  });

  it.each([['\n'], ['\r\n']])('are csv-parse\'s in a large file (lines ending %j) that turns to quotes after many plain lines, and its bytes are counted once', async (end) => {
    const lines = ['Aktör / Actor,Forum / Forum,Roll / Role'];
    for (let i = 0; i < 20_000; i++) lines.push(`actor-${i},forum-${i % 97},MEMBER`);
    lines.push('"quoted, with a comma","and ""quotes""",CHAIR', 'last,line,MEMBER');
    const text = lines.join(end) + end;
    const r = await readCsv(text);
    expect(r.records).toEqual(csvParse(text));
    expect(r.records).toHaveLength(20_003);
    expect(r.records.at(-2)).toEqual(['quoted, with a comma', 'and "quotes"', 'CHAIR']);
    expect(r.bytes).toBe(Buffer.byteLength(text));
  });

  it('are csv-parse\'s for a plain file, with a byte-order mark, semicolons and no last line end', async () => {
    const text = '\uFEFFAktör / Actor;Forum / Forum\numea;lsg\n\nregion;local';
    const r = await readCsv(text);
    expect(r.records).toEqual([['Aktör / Actor', 'Forum / Forum'], ['umea', 'lsg'], [''], ['region', 'local']]);
    expect(r.records).toEqual(csvParse(text));
    expect(r.bytes).toBe(Buffer.byteLength(text));
  });

  it('refuse a row longer than the limit, naming it, after plain rows', async () => {
    const limits = withDefaults({ maxCellChars: 10 });
    const text = `a,b\nc,d\n${'x'.repeat(700)}\n`;
    await expect(readCsv(text, limits)).rejects.toMatchObject({ code: 'ROW_TOO_LARGE', message: expect.stringContaining('row 3 ') });
  });

  it('refuse text that is not UTF-8 after plain rows', async () => {
    await expect(readCsv(Buffer.concat([Buffer.from('a,b\nc,d\n'), Buffer.from([0xff, 0xfe, 0x41]), Buffer.from('\n')]))).rejects.toMatchObject({ code: 'NOT_UTF8' });
  });
});
