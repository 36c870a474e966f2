// The page shares code with the server through the shared kernel (schema/)
// only: every relative import in web/ and schema/ stays inside those two
// folders, so the web build's inputs (server/web.ts WEB_INPUTS) are complete
// and the page never bundles server code.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sources(p) : /\.(ts|mts|js|mjs)$/.test(name) ? [p] : [];
  });
}

/** Relative module specifiers of a file (imports, re-exports, dynamic imports), type-only ones included. */
function relativeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]!);
}

describe('the shared kernel', () => {
  const files = [...sources(join(ROOT, 'web')), ...sources(join(ROOT, 'schema'))];

  it('is all the page imports outside web/', () => {
    const outside = files.flatMap((file) => relativeImports(file)
      .map((spec) => relative(ROOT, resolve(dirname(file), spec)))
      .filter((target) => !target.startsWith('web/') && !target.startsWith('schema/'))
      .map((target) => `${relative(ROOT, file)} → ${target}`));
    expect(outside).toEqual([]);
    expect(files.length).toBeGreaterThan(20);
  });
});
