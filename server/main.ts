// The entry point: config → store → app (with its first admin and, when the
// store is empty, the seed) → the read model loaded → listen. SIGTERM/SIGINT close the server first
// (in-flight requests finish), then the store; a close that hangs past
// SHUTDOWN_TIMEOUT_MS ends the process anyway. The web page is built before
// this runs (`npm start` runs scripts/build-web.ts; the Dockerfile builds it).
import { buildApp } from './app.ts';
import { ConfigError, loadConfig } from './config.ts';
import { StartupRefused, ensureAdmin, seedIfEmpty } from './startup.ts';
import { createStore } from './store/index.ts';

const SHUTDOWN_TIMEOUT_MS = 10_000;

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
const app = await buildApp({ config, store, logger: { level: config.logLevel }, warm: true });
try {
  await ensureAdmin(config, store, app.log);
  await seedIfEmpty(config, store, app.log);
} catch (e) {
  if (!(e instanceof StartupRefused)) throw e;
  console.error(e.message);
  await app.close();
  await store.close();
  process.exit(e.exitCode);
}

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  app.log.info(`${signal}: closing`);
  setTimeout(() => {
    app.log.error(`shutdown took over ${SHUTDOWN_TIMEOUT_MS} ms: exiting`);
    process.exit(1);
  }, SHUTDOWN_TIMEOUT_MS).unref();
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
