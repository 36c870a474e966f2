// `npm run seed`: (re)loads the Västerbotten dataset into the configured store.
// Idempotent: a second run changes nothing. Exits non-zero on any failure.
import { loadConfig } from '../server/config.ts';
import { createStore } from '../server/store/index.ts';
import { seedStore } from './load.ts';

const config = loadConfig();
const store = await createStore(config);
try {
  await store.init();
  const r = await seedStore(store);
  console.log(`Seeded the ${config.store} store: ${r.nodes} elements and ${r.edges} relationships created or changed (store version ${r.version}).`);
} catch (e) {
  console.error(`Seeding failed: ${(e as Error).message}`);
  process.exitCode = 1;
} finally {
  await store.close();
}
