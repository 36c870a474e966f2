// The committed generated types (server/graphql/generated/, web/src/generated/)
// are what codegen.ts generates from the SDL and the page's documents now: a
// changed SDL or query without `npm run codegen` fails here, not in production.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import { beforeAll, describe, expect, it } from 'vitest';
import config from '../../codegen.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const outputs = Object.keys(config.generates);

describe('the generated GraphQL types', () => {
  let generated: Map<string, string>;
  beforeAll(async () => {
    const files = await generate({ ...config, cwd: ROOT, silent: true }, false);
    generated = new Map(files.map((f: { filename: string; content: string }) => [f.filename, f.content]));
  }, 120_000);

  it('are every output of codegen.ts', () => {
    expect([...generated.keys()].sort()).toEqual([...outputs].sort());
  });

  it.each(outputs)('%s is up to date (npm run codegen writes it)', (file) => {
    const committed = readFileSync(join(ROOT, file), 'utf8').split('\n');
    const fresh = (generated.get(file) ?? '').split('\n');
    // the first line that differs, rather than two files of thousands of lines
    const found = fresh.findIndex((line, i) => line !== committed[i]);
    const at = found === -1 ? fresh.length : found;
    const first = at === committed.length ? null : { line: at + 1, committed: committed[at] ?? '(end of file)', generated: fresh[at] ?? '(end of file)' };
    expect(first, `${file} is stale: run npm run codegen`).toBeNull();
  });
});
