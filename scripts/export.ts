// `npm run export -- --format xlsx|csv|json|graphml|gexf [--out FILE] [--sheet SHEET] [--delimiter comma|semicolon|tab]`
//
// Exports the whole graph of the configured store (STORE, DATA_DIR, NEO4J_*
// as for the server). Without --out the export goes to stdout (binary
// formats only when stdout is not a terminal). XLSX is the import template,
// filled in; CSV is a zip of one file per sheet, or one sheet with --sheet.
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config.ts';
import { CSV_DELIMITERS, EXPORT_FORMATS, exportGraph, type CsvDelimiter, type ExportFormat } from '../server/io/export.ts';
import { matchSheet } from '../server/io/template.ts';
import { createStore } from '../server/store/index.ts';

const USAGE = `Usage: npm run export -- --format ${EXPORT_FORMATS.join('|')} [--out FILE] [--sheet SHEET] [--delimiter comma|semicolon|tab]
  --format     xlsx: the import template filled in; csv: a zip of one CSV per sheet (or one sheet with --sheet);
               json: the whole graph, versioned; graphml, gexf: for yEd, Gephi, Cytoscape
  --out FILE   where to write (default: stdout)
  --sheet S    with csv: only this sheet (actors, forums, participation, …)
  --delimiter  with csv: comma (default), semicolon (Swedish Excel) or tab`;

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: {
        format: { type: 'string' },
        out: { type: 'string' },
        sheet: { type: 'string' },
        delimiter: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const v = args.values;
  if (v.help) {
    console.log(USAGE);
    return 0;
  }
  if (!v.format || !(EXPORT_FORMATS as readonly string[]).includes(v.format)) {
    console.error(`--format must be one of ${EXPORT_FORMATS.join(', ')}\n${USAGE}`);
    return 2;
  }
  const format = v.format as ExportFormat;
  if (v.delimiter && !(v.delimiter in CSV_DELIMITERS)) {
    console.error('--delimiter must be comma, semicolon or tab');
    return 2;
  }
  let sheet;
  if (v.sheet) {
    const m = matchSheet(v.sheet);
    if (!m || m === 'info' || format !== 'csv') {
      console.error(format !== 'csv' ? '--sheet goes with --format csv only' : `"${v.sheet}" is not a sheet of the template`);
      return 2;
    }
    sheet = m;
  }
  const binary = format === 'xlsx' || (format === 'csv' && !sheet);
  if (!v.out && binary && process.stdout.isTTY) {
    console.error('This format is binary: give --out FILE, or redirect stdout');
    return 2;
  }

  const config = loadConfig();
  const store = await createStore(config);
  try {
    await store.init();
    const r = await exportGraph(store, { format, ...(sheet ? { sheet } : {}), ...(v.delimiter ? { delimiter: v.delimiter as CsvDelimiter } : {}) });
    const out = v.out ? createWriteStream(v.out) : process.stdout;
    if (typeof r.body === 'string') {
      if (v.out) out.end(r.body);
      else out.write(r.body);
    } else {
      r.body.pipe(out, { end: !!v.out });
      await r.done;
    }
    if (v.out) {
      await finished(out);
      console.error(`Exporterade / Exported ${format} to ${v.out}`);
    }
    return 0;
  } catch (e) {
    console.error(`Exporten misslyckades / The export failed: ${(e as Error).message}`);
    return 3;
  } finally {
    await store.close();
  }
}

process.exitCode = await main();
