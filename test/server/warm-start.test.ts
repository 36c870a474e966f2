// The server loads its read model while it gets ready, before it listens
// (server/main.ts builds the app with `warm`): the first request after start
// finds it loaded, so no request ever waits behind the one long piece of work
// on the event loop.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { countingStore } from '../../server/store/counting-store.ts';
import type { GraphStore } from '../../server/store/port.ts';
import { gqlRequest } from '../api/harness.ts';
import { fixture } from '../store/fixture.ts';
import { freshStore } from '../store/test-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'samverkan-warm-'));
const open: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const close of open.splice(0).reverse()) await close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function appOver(warm: boolean) {
  const raw: GraphStore = await freshStore(join(dir, `warm-${warm}-${Date.now()}.db`));
  open.push(() => raw.close());
  await raw.apply(fixture('').changes, { by: 'fixture' });
  const counter = countingStore(raw);
  const app = await buildApp({ config: loadConfig({ DATA_DIR: dir }), store: counter.store, warm });
  open.push(() => app.close());
  return { app, counter };
}

describe('a warm start', () => {
  it('loads the read model while getting ready, so the first analysis reads no graph from the store', async () => {
    const { app, counter } = await appOver(true);
    await app.ready();
    expect(counter.calls.get('subgraph')).toBe(1);
    counter.reset();
    const r = await gqlRequest<{ gapAnalysis: { total: number } }>(app, '{ gapAnalysis { total } }');
    expect(r.errors).toBeUndefined();
    expect(counter.calls.get('subgraph') ?? 0).toBe(0);
  });

  it('is off unless asked for: an app for tests loads the model on first use', async () => {
    const { app, counter } = await appOver(false);
    await app.ready();
    expect(counter.calls.get('subgraph') ?? 0).toBe(0);
    await gqlRequest(app, '{ gapAnalysis { total } }');
    expect(counter.calls.get('subgraph')).toBe(1);
  });
});
