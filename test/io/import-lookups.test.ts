// How an import finds the elements its relationships name in the store: by
// id first, and by name only what no id found; the answer as before.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../server/store/port.ts';
import { importPaths, problemLines, storeState, tempStore, writeText, type TempStore } from './helpers.ts';

/** The store, recording the names each getNodesByName call asks for. */
function recordingNames(store: GraphStore): { store: GraphStore; asked: string[] } {
  const asked: string[] = [];
  const proxy = new Proxy(store, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver);
      if (prop !== 'getNodesByName' || typeof v !== 'function') return typeof v === 'function' ? v.bind(target) : v;
      return (label: string, names: readonly string[]) => {
        asked.push(...names.map((n) => `${label}:${n}`));
        return (v as GraphStore['getNodesByName']).call(target, label as never, names);
      };
    },
  });
  return { store: proxy, asked };
}

describe('participations naming stored elements', () => {
  let t: TempStore;
  beforeAll(async () => {
    t = await tempStore('fixture');
    // a forum whose name is another forum's id
    await t.store.apply([{ op: 'create', label: 'Forum', id: 'named-lsg', props: { name: 'lsg', kind: 'TEAM', systemLevel: 'MICRO', status: 'ACTIVE', source: 'illustrative' } }], { by: 'test' });
  });
  afterAll(() => t.close());

  it('are found by id first, and by name only when no id matches; the store is asked no name an id found', async () => {
    const file = writeText(t.dir, 'participation.csv', [
      'Aktör / Actor,Forum / Forum,Roll / Role,Källa / Source',
      'umea,lsg,MEMBER,illustrative', // both ids ("lsg" is also the other forum's name: the id wins)
      'Hälsocentral Vindeln,Samarbetsteam Umeå,CHAIR,illustrative', // both names
      'region,Lokal samverkan Vindeln,MEMBER,illustrative', // an id and a name
    ].join('\n'));
    const { store, asked } = recordingNames(t.store);
    const r = await importPaths(store, [file]);
    expect(problemLines(r)).toEqual([]);
    expect(r.changed).toEqual({ nodes: 0, edges: 3 });
    expect(asked.sort()).toEqual(['Actor:Hälsocentral Vindeln', 'Forum:Lokal samverkan Vindeln', 'Forum:Samarbetsteam Umeå']);
    const rel = await t.store.related(['umea', 'hc', 'region'], { types: ['PARTICIPATES_IN'], direction: 'out' });
    expect(rel.map((x) => `${x.edge.from}>${x.edge.to}:${x.edge.role}`).sort()).toEqual(['hc>local:CHAIR', 'hc>planned:CHAIR', 'region>local:MEMBER', 'umea>lsg:MEMBER']);
  });

  it('name the row and column of a reference found neither way, and write nothing', async () => {
    const file = writeText(t.dir, 'participation.csv', [
      'Aktör / Actor,Forum / Forum,Roll / Role,Källa / Source',
      'vindeln,lsg,MEMBER,illustrative',
      'vindeln,Inget sådant forum,MEMBER,illustrative',
    ].join('\n'));
    const before = await storeState(t.store);
    const r = await importPaths(t.store, [file]);
    expect(problemLines(r)).toEqual(['participation.csv!B3 UNRESOLVED_REFERENCE']);
    expect(r.problems[0]!.message).toContain('"Inget sådant forum"');
    expect(await storeState(t.store)).toEqual(before);
  });
});
