// Live changes: what every open page is told when the map changes. One
// poller per app instance asks the store for its version while anyone
// listens; when the version has moved, the read model catches up from the
// change log and the entries it applied go out as one event. The change log
// is the store's, so on Neo4j a change made through another app instance
// arrives here the same way as one made through this one (no broker needed:
// every instance reads the shared log). Events name who made each change.
import type { NodeLabel, RelType } from '../../schema/domain.ts';
import type { ChangeEntry } from '../store/port.ts';
import type { ReadModel } from '../read-model/read-model.ts';

/** Past this many entries an event lists none of them: the page reloads the map instead. */
export const MAX_LISTED = 200;
/** Events a slow subscriber may fall behind by before it is told it missed some (and reloads). */
const MAX_QUEUED = 50;

export interface ChangeSummary {
  seq: number;
  at: string;
  /** Who made it (a user id, `import`, `seed`, …). */
  by: string;
  op: ChangeEntry['op'];
  /** The node's or relationship's id. */
  id: string;
  label: NodeLabel | null;
  type: RelType | null;
  /** The node's name, or the relationship's ends. */
  name: string | null;
  from: string | null;
  to: string | null;
}

export interface MapChange {
  /** The store version after these changes. */
  version: number;
  /** How many changes this event stands for. */
  count: number;
  /** Each change, oldest first; empty when there were more than MAX_LISTED (reload the map). */
  changes: ChangeSummary[];
  /** Who made them, each once. */
  by: string[];
  /** True when this subscriber fell behind and events were dropped: reload the map. */
  missed: boolean;
}

interface Element { label?: NodeLabel; type?: RelType; name?: string; from?: string; to?: string }

export function summarise(e: ChangeEntry): ChangeSummary {
  const el = ((e.after ?? e.before) ?? {}) as Element;
  return {
    seq: e.seq, at: e.at, by: e.by, op: e.op, id: e.target,
    label: el.label ?? null, type: el.type ?? null, name: el.name ?? null, from: el.from ?? null, to: el.to ?? null,
  };
}

export interface ChangeFeed {
  /** The read model at the store's current version: catching up emits the entries. */
  snapshot(): Promise<ReadModel>;
  onChanges(listener: (entries: readonly ChangeEntry[], version: number) => void): void;
}

export class LiveChanges {
  private readonly listeners = new Set<(event: MapChange) => void>();
  private timer: NodeJS.Timeout | null = null;
  private polling = false;

  constructor(private readonly feed: ChangeFeed, private readonly intervalMs = 250, private readonly onError: (e: unknown) => void = () => {}) {
    feed.onChanges((entries, version) => {
      if (!entries.length || !this.listeners.size) return;
      const event: MapChange = {
        version,
        count: entries.length,
        changes: entries.length > MAX_LISTED ? [] : entries.map(summarise),
        by: [...new Set(entries.map((e) => e.by))],
        missed: false,
      };
      for (const listener of this.listeners) listener(event);
    });
  }

  /** How many subscribers listen now. */
  get size(): number {
    return this.listeners.size;
  }

  /**
   * The events from now on, as an async iterator (what a GraphQL subscription
   * resolver returns); ending it (`return()`) unsubscribes, and the poller
   * stops with the last subscriber.
   */
  stream(): AsyncIterableIterator<MapChange> {
    const queue: MapChange[] = [];
    let wake: ((r: IteratorResult<MapChange>) => void) | null = null;
    let done = false;
    const listener = (event: MapChange) => {
      if (wake) {
        const w = wake;
        wake = null;
        w({ value: event, done: false });
        return;
      }
      if (queue.length >= MAX_QUEUED) {
        queue.length = 0;
        queue.push({ ...event, changes: [], missed: true });
      } else queue.push(event);
    };
    const end = (): IteratorResult<MapChange> => {
      if (!done) {
        done = true;
        this.listeners.delete(listener);
        if (!this.listeners.size) this.stop();
        wake?.({ value: undefined, done: true });
        wake = null;
      }
      return { value: undefined, done: true };
    };
    this.listeners.add(listener);
    this.start();
    return {
      next: () => {
        if (queue.length) return Promise.resolve({ value: queue.shift()!, done: false });
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => { wake = resolve; });
      },
      return: () => Promise.resolve(end()),
      throw: (e: unknown) => {
        end();
        return Promise.reject(e);
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  /** Stops polling (at shutdown). */
  close(): void {
    this.listeners.clear();
    this.stop();
  }

  private start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.poll(), this.intervalMs);
    this.timer.unref();
  }

  private stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private async poll(): Promise<void> {
    if (this.polling) return;
    this.polling = true;
    try {
      await this.feed.snapshot();
    } catch (e) {
      this.onError(e);
    } finally {
      this.polling = false;
    }
  }
}
