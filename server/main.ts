// Start-up: config → store → seed if empty → app → listen. SIGTERM/SIGINT
// close the server first (in-flight requests finish), then the store.
import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { createStore } from './store/index.ts';
import { isEmpty, seedStore } from '../seed/load.ts';

let config;
try {
  config = loadConfig();
} catch (e) {
  if (e instanceof ConfigError) {
    console.error(e.message);
    process.exit(78); // EX_CONFIG
  }
  throw e;
}

const store = await createStore(config);
await store.init();
const app = await buildApp({ config, store, logger: { level: config.logLevel } });

if (config.seed === 'auto' && (await isEmpty(store))) {
  const r = await seedStore(store);
  app.log.info(`Empty store: loaded the Västerbotten dataset (${r.nodes} elements, ${r.edges} relationships)`);
}

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  app.log.info(`${signal}: closing`);
  try {
    await app.close();
    await store.close();
    process.exit(0);
  } catch (e) {
    app.log.error({ err: e }, 'shutdown failed');
    process.exit(1);
  }
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));

await app.listen({ port: config.port, host: config.host });
app.log.info(`Samverkanskartan on http://${config.host}:${config.port}/ (GraphQL at /graphql${config.graphiql ? ', GraphiQL at /graphiql' : ''}), store: ${config.store}`);
