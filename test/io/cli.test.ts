// `npm run export` and `npm run import` as a person runs them: on the
// configured store, exit codes, the report on stdout, progress on stderr.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SQLITE_FILE } from '../../server/store/index.ts';
import { SqliteStore } from '../../server/store/sqlite/sqlite-store.ts';
import { fixture } from '../store/fixture.ts';
import { plainGraph } from './helpers.ts';

const run = promisify(execFile);
let dir: string;

async function cli(script: 'import' | 'export', args: string[], dataDir: string) {
  try {
    const r = await run(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], {
      env: { ...process.env, DATA_DIR: dataDir, STORE: 'sqlite', SEED: 'never' },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

async function withStore<T>(dataDir: string, fn: (s: SqliteStore) => Promise<T>): Promise<T> {
  const s = new SqliteStore(join(dataDir, SQLITE_FILE));
  await s.init();
  try {
    return await fn(s);
  } finally {
    await s.close();
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'samverkan-cli-'));
  await withStore(join(dir, 'a'), (s) => s.apply(fixture('').changes, { by: 'fixture' }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the CLI', () => {
  it('exports XLSX to a file, which a dry run checks and an import loads into an empty store', async () => {
    const file = join(dir, 'out.xlsx');
    const exp = await cli('export', ['--format', 'xlsx', '--out', file], join(dir, 'a'));
    expect(exp.code).toBe(0);
    expect(existsSync(file)).toBe(true);

    const dry = await cli('import', [file, '--dry-run'], join(dir, 'b'));
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Provkörning: 25 rader är giltiga (13 element, 12 relationer); inget skrevs');
    expect(dry.stderr).toContain('Läser / reading');
    expect(await withStore(join(dir, 'b'), async (s) => (await s.subgraph({})).nodes.length)).toBe(0);

    const imp = await cli('import', [file, '--json'], join(dir, 'b'));
    expect(imp.code).toBe(0);
    expect(JSON.parse(imp.stdout)).toMatchObject({ ok: true, applied: true, changed: { nodes: 13, edges: 12 } });
    const a = await withStore(join(dir, 'a'), plainGraph);
    const b = await withStore(join(dir, 'b'), plainGraph);
    expect(b).toEqual(a);
  }, 60_000);

  it('exports JSON to stdout', async () => {
    const exp = await cli('export', ['--format', 'json'], join(dir, 'a'));
    expect(exp.code).toBe(0);
    expect(JSON.parse(exp.stdout)).toMatchObject({ format: 'samverkanskartan', version: 1 });
  }, 30_000);

  it('lists the problems of a bad file and exits 1; a wrong usage exits 2', async () => {
    const bad = join(dir, 'Forum.csv');
    writeFileSync(bad, 'Namn / Name,Status / Status\nEtt forum,Kanske\n');
    const r = await cli('import', [bad], join(dir, 'c'));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Forum.csv, rad/row 2, kolumn/column B (Status / Status) [INVALID_VALUE]');
    expect(r.stdout).toContain('"Kanske" är inte ett av: PLANNED, ACTIVE, PAUSED, ENDED');
    const usage = await cli('export', ['--format', 'pdf'], join(dir, 'c'));
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--format must be one of xlsx, csv, json, graphml, gexf');
  }, 30_000);
});
