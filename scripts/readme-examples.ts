// Runs the README's example queries against a freshly seeded store and writes
// their real output back into the README (`npm run readme:examples`).
// test/readme.test.ts fails when the README and the real output differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { SqliteStore } from '../server/store/sqlite/sqlite-store.ts';
import { seedStore } from '../seed/load.ts';

const README = new URL('../README.md', import.meta.url);
/** An example: a ```graphql block, then (optionally) its ```json output block. */
const EXAMPLE = /```graphql\n([\s\S]*?)```\n(?:\n<details><summary>Output<\/summary>\n\n```json\n[\s\S]*?```\n\n<\/details>\n)?/g;

export async function runExamples(readme: string): Promise<string> {
  const store = new SqliteStore(':memory:');
  await store.init();
  await seedStore(store);
  const app = await buildApp({ config: loadConfig({}), store });
  try {
    let out = '';
    let last = 0;
    for (const m of readme.matchAll(EXAMPLE)) {
      const query = m[1]!;
      const res = await app.inject({ method: 'POST', url: '/graphql', payload: { query } });
      const body = JSON.stringify(res.json(), null, 2);
      out += readme.slice(last, m.index) + '```graphql\n' + query + '```\n\n<details><summary>Output</summary>\n\n```json\n' + body + '\n```\n\n</details>\n';
      last = m.index! + m[0].length;
    }
    return out + readme.slice(last);
  } finally {
    await app.close();
    await store.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const before = readFileSync(README, 'utf8');
  const after = await runExamples(before);
  writeFileSync(README, after);
  console.log(after === before ? 'README examples already current' : 'README examples updated');
}
