// Loads the Västerbotten dataset through the port: one idempotent bulk upsert,
// so loading twice gives the same graph.
import type { GraphStore } from '../server/store/port.ts';
import { vasterbotten } from './vasterbotten.ts';

export const SEED_USER = 'seed';

export async function seedStore(store: GraphStore) {
  return store.bulkUpsert(vasterbotten, { by: SEED_USER });
}

/** True when the store holds no element at all. */
export async function isEmpty(store: GraphStore): Promise<boolean> {
  return (await store.subgraph({ labels: ['Actor'] })).nodes.length === 0;
}
