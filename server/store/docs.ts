// Read-modify-write of one document through the port, losing nothing when
// several writers update it at once: the write is a compare-and-set on the
// version read (putDoc's `expected`), tried again after a growing random
// pause when someone else wrote in between.
import { isDomainError } from '../errors.ts';
import type { Doc, GraphStore, WriteContext } from './port.ts';

const ATTEMPTS = 20;

/**
 * Writes `update(current)` over the document (current: null when there is
 * none), or nothing when `update` answers undefined. Returns what was
 * written, or null when nothing was. Errors `update` throws stop it.
 */
export async function updateDoc(store: GraphStore, ns: string, key: string, update: (current: Doc | null) => unknown, ctx: WriteContext): Promise<Doc | null> {
  for (let attempt = 1; ; attempt++) {
    const current = await store.getDoc(ns, key);
    const next = update(current);
    if (next === undefined) return null;
    try {
      return await store.putDoc(ns, key, next, ctx, current?.updatedAt ?? null);
    } catch (e) {
      if (attempt >= ATTEMPTS || !isDomainError(e) || e.code !== 'CONFLICT' || e.details.reason !== 'STALE_VERSION') throw e;
      // writers that collided wait different times, so they do not collide again
      await new Promise((r) => setTimeout(r, Math.random() * 10 * attempt));
    }
  }
}
