// `npm run import -- FILE... [--dry-run] [--json] [--max-rows N] [--max-cell-chars N]`
//
// Imports an XLSX workbook in the template's layout, CSV files (one per
// sheet, named by file name) or a zip of CSV files into the configured store
// (STORE, DATA_DIR, NEO4J_* as for the server). Everything or nothing; a dry
// run checks every row and writes nothing. Progress goes to stderr, the
// report to stdout. Exit code: 0 imported (or valid), 1 problems found,
// 2 wrong usage, 3 the store failed.
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config.ts';
import { importFiles, type ImportPhase, type ImportProgress, type ImportReport } from '../server/io/import.ts';
import { createStore } from '../server/store/index.ts';

const USAGE = `Usage: npm run import -- FILE... [--dry-run] [--json] [--max-rows N] [--max-cell-chars N]
  FILE              an .xlsx workbook, .csv files (one per sheet, named like the sheet), or a .zip of .csv files
  --dry-run         check every row and report; write nothing
  --json            print the report as JSON
  --max-rows N      refuse files with more data rows (default 100000)
  --max-cell-chars N  refuse cells longer than this (default 32767)`;

const PHASE: Record<ImportPhase, string> = {
  check: 'Kontrollerar fil / checking file',
  read: 'Läser / reading',
  resolve: 'Kontrollerar referenser / checking references',
  write: 'Skriver / writing',
  done: 'Klar / done',
};

/** A one-line progress bar on stderr (when it is a terminal; else one line per phase). */
function progressBar(): { update(p: ImportProgress): void; end(): void } {
  const tty = process.stderr.isTTY;
  let lastPhase: ImportPhase | null = null;
  let lastDraw = 0;
  return {
    update(p) {
      if (!tty) {
        if (p.phase !== lastPhase && p.phase !== 'done') process.stderr.write(`${PHASE[p.phase]}…\n`);
        lastPhase = p.phase;
        return;
      }
      const now = Date.now();
      if (p.phase === lastPhase && now - lastDraw < 80) return;
      lastPhase = p.phase;
      lastDraw = now;
      const width = 30;
      const ratio = p.fraction;
      const filled = Math.round(ratio * width);
      const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
      const rows = p.rows.toLocaleString('sv-SE');
      process.stderr.write(`\r\x1b[2K${bar} ${String(Math.round(ratio * 100)).padStart(3)}%  ${rows} rader/rows  ${PHASE[p.phase]}${p.sheet ? `  ${p.sheet}` : ''}`);
    },
    end() {
      if (tty) process.stderr.write('\n');
    },
  };
}

function printReport(r: ImportReport): void {
  const out = process.stdout;
  out.write(`${r.messageSv}\n${r.message}\n`);
  if (r.problems.length) {
    out.write('\nProblem / Problems:\n');
    for (const p of r.problems) {
      const where = [p.sheet ?? p.file, p.row !== null ? `rad/row ${p.row}` : null, p.column ? `kolumn/column ${p.column}${p.header ? ` (${p.header})` : ''}` : p.header ? `(${p.header})` : null]
        .filter(Boolean).join(', ');
      out.write(`  ${where || 'fil/file'} [${p.code}]\n    ${p.messageSv}\n    ${p.message}\n`);
    }
    if (r.problemCount > r.problems.length) out.write(`  … och ${r.problemCount - r.problems.length} till / and ${r.problemCount - r.problems.length} more\n`);
  }
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        'dry-run': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        'max-rows': { type: 'string' },
        'max-cell-chars': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!args.positionals.length) {
    console.error(USAGE);
    return 2;
  }
  const num = (v: string | undefined, name: string) => {
    if (v === undefined) return undefined;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive whole number`);
    return n;
  };
  let limits;
  try {
    limits = { maxRows: num(args.values['max-rows'], 'max-rows'), maxCellChars: num(args.values['max-cell-chars'], 'max-cell-chars') };
  } catch (e) {
    console.error((e as Error).message);
    return 2;
  }
  const config = loadConfig();
  const store = await createStore(config);
  const bar = progressBar();
  try {
    await store.init();
    const report = await importFiles(store, args.positionals.map((p) => ({ path: p, name: basename(p) })), {
      dryRun: args.values['dry-run'],
      by: 'import',
      limits: Object.fromEntries(Object.entries(limits).filter(([, v]) => v !== undefined)),
      onProgress: (p) => bar.update(p),
    });
    bar.end();
    if (args.values.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else printReport(report);
    return report.ok ? 0 : 1;
  } catch (e) {
    bar.end();
    console.error(`Importen misslyckades / The import failed: ${(e as Error).message}`);
    return 3;
  } finally {
    await store.close();
  }
}

process.exitCode = await main();
