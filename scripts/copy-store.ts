// Copies the whole graph (and the documents of the namespaces named) from one
// store to another:
//
//   npm run copy-store -- --from sqlite:data/samverkanskartan.db --to neo4j
//   npm run copy-store -- --from neo4j --to sqlite:backup.db --ns map-layout,map-view,auth.users
//
// `neo4j` uses NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE from
// the environment. The copy is idempotent: run it again after an interruption.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../server/config.ts';
import { DISMISSALS } from '../server/analysis/recorded.ts';
import { AUTH_NS } from '../server/auth/accounts.ts';
import { LAYOUT_NS, VIEW_NS } from '../server/graphql/map-docs.ts';

/** Every namespace of lasting documents: map positions and views, dismissed findings, users and tokens. */
const ALL_NAMESPACES = [LAYOUT_NS, VIEW_NS, DISMISSALS, AUTH_NS.users, AUTH_NS.tokens];
import { copyStore } from '../server/store/copy.ts';
import type { GraphStore } from '../server/store/port.ts';
import { SqliteStore } from '../server/store/sqlite/sqlite-store.ts';

const USAGE = `Usage: npm run copy-store -- --from <store> --to <store> [--ns a,b,...] [--batch 500]
  <store> is sqlite:PATH or neo4j (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE from the environment)
  --ns     document namespaces to copy as well, comma-separated (default: all lasting ones, ${ALL_NAMESPACES.join(',')})
  --batch  nodes or relationships per write (default 500)`;

class UsageError extends Error {}

async function openStore(spec: string): Promise<GraphStore> {
  if (spec.startsWith('sqlite:') && spec.length > 'sqlite:'.length) return new SqliteStore(resolve(spec.slice('sqlite:'.length)));
  if (spec === 'neo4j') {
    const { neo4j } = loadConfig({ ...process.env, STORE: 'neo4j' });
    const { Neo4jStore } = await import('../server/store/neo4j/neo4j-store.ts');
    return new Neo4jStore(neo4j);
  }
  throw new UsageError(`Not a store: "${spec}" (expected sqlite:PATH or neo4j)`);
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { from: { type: 'string' }, to: { type: 'string' }, ns: { type: 'string' }, batch: { type: 'string' }, help: { type: 'boolean' } },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (!values.from || !values.to) throw new UsageError('Both --from and --to are required');
  const same = (s: string) => (s.startsWith('sqlite:') ? `sqlite:${resolve(s.slice(7))}` : s);
  if (same(values.from) === same(values.to)) throw new UsageError('--from and --to name the same store');
  const batchSize = values.batch === undefined ? 500 : Number(values.batch);
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new UsageError('--batch must be a whole number above 0');
  const namespaces = values.ns === undefined ? ALL_NAMESPACES : values.ns.split(',').map((s) => s.trim()).filter(Boolean);

  const from = await openStore(values.from);
  const to = await openStore(values.to);
  try {
    await from.init();
    await to.init();
    console.log(namespaces.length ? `Documents of: ${namespaces.join(', ')}` : 'No document namespaces named: documents are not copied.');
    const r = await copyStore(from, to, {
      namespaces,
      batchSize,
      ctx: { by: 'copy-store' },
      onProgress: (p) => process.stdout.write(`\r${p.phase}: ${p.done}/${p.total}   `),
    });
    process.stdout.write('\n');
    console.log(`Read ${r.read.nodes} nodes, ${r.read.edges} relationships, ${r.read.docs} documents from ${values.from}.`);
    console.log(`Wrote ${r.written.nodes} nodes, ${r.written.edges} relationships, ${r.written.docs} documents to ${values.to} (version ${r.version}).`);
  } finally {
    await from.close();
    await to.close();
  }
}

main(process.argv.slice(2)).catch((e: unknown) => {
  if (e instanceof UsageError) console.error(`${e.message}\n\n${USAGE}`);
  else if (e instanceof ConfigError) console.error(e.message);
  else console.error(e);
  process.exitCode = 1;
});
