// A promoted finding and a dismissed one, made through GraphQL, are still
// there after the server and its store restart.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.ts';
import { loadConfig } from '../../server/config.ts';
import { seedStore } from '../../seed/load.ts';
import { gqlRequest, openHarness, type Harness } from '../api/harness.ts';
import { reopenStore } from '../store/test-store.ts';

let h: Harness;
afterAll(() => h?.close());

describe('recorded gaps and dismissals', () => {
  it('survive a restart', async () => {
    h = await openHarness({ data: seedStore });
    const q = '{ gapAnalysis(asOf: "2026-11-01", rules: { onlyRules: ["municipality-level-uncovered"] }) { findings { key } } }';
    const [first, second] = (await h.gql(q)).data!.gapAnalysis.findings.map((f: { key: string }) => f.key);
    expect(first && second).toBeTruthy();
    const promoted = await h.gql(`mutation { promoteFinding(key: "${first}", asOf: "2026-11-01") { id status ruleId findingKey } }`);
    expect(promoted.errors).toBeUndefined();
    const gapId = promoted.data!.promoteFinding.id;
    expect((await h.gql(`mutation { dismissFinding(key: "${second}", reason: "Täcks av länsgemensam överenskommelse") { key } }`)).errors).toBeUndefined();
    await h.app.close();
    await h.store.close();

    const store = await reopenStore(join(h.dir, 'test.db'));
    const app = await buildApp({ config: loadConfig({ DATA_DIR: h.dir }), store });
    try {
      const r = await gqlRequest<Record<string, any>>(app, `{ node(id: "${gapId}") { ... on Gap { status ruleId findingKey } } dismissals { key reason by } }`);
      expect(r.data!.node).toEqual({ status: 'IDENTIFIED', ruleId: 'municipality-level-uncovered', findingKey: first });
      expect(r.data!.dismissals).toEqual([{ key: second, reason: 'Täcks av länsgemensam överenskommelse', by: 'local' }]);
      const after = await gqlRequest<Record<string, any>>(app, q);
      expect(after.data!.gapAnalysis.findings.map((f: { key: string }) => f.key)).not.toContain(second);
    } finally {
      await app.close();
      await store.close();
    }
  });
});
