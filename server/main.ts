// Start-up: config → store → seed if empty → app → listen. SIGTERM/SIGINT
// close the server first (in-flight requests finish), then the store.
import { buildApp } from './app.ts';
import { Accounts } from './auth/accounts.ts';
import { ConfigError, loadConfig } from './config.ts';
import { createStore } from './store/index.ts';
import { ensureWebBuild } from './web.ts';
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

// The web map is built here, before the app (its plugin reads the built page); the API starts without it if the build fails.
try {
  await ensureWebBuild({ log: (m) => console.log(m) });
} catch (e) {
  console.error('The web map could not be built; the API still starts without it:', e);
}

const store = await createStore(config);
await store.init();
const app = await buildApp({ config, store, logger: { level: config.logLevel } });

// Sign-in is required beyond loopback (or with AUTH=required): never start without an admin.
if (config.auth.required) {
  const accounts = new Accounts(store);
  if (!(await accounts.hasAdmin())) {
    if (config.auth.adminUser && config.auth.adminPassword) {
      await accounts.createUser({ id: config.auth.adminUser, role: 'ADMIN', password: config.auth.adminPassword }, 'startup');
      app.log.info(`Created the admin "${config.auth.adminUser}" from ADMIN_USER/ADMIN_PASSWORD`);
    } else {
      console.error(
        `Sign-in is required (HOST=${config.host}${process.env.AUTH === 'required' ? ', AUTH=required' : ''}) and the store has no admin.\n` +
          'Create one with `npm run admin -- create-admin --username NAME` (the password is read from standard input),\n' +
          'or set ADMIN_USER and ADMIN_PASSWORD for the first start.',
      );
      await store.close();
      process.exit(78);
    }
  }
}

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
