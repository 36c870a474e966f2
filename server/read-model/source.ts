// Keeps one read model current with the store: loaded whole on first use,
// then brought forward from the change log whenever the store's version has
// moved. Concurrent callers share one refresh.
import type { ChangeEntry, GraphStore } from '../store/port.ts';
import { ReadModel } from './read-model.ts';

/** Change-log entries read per page when catching up. */
const PAGE = 5_000;

/** What a refresh did, for whoever mirrors the model (the analysis worker). */
export type ReadModelUpdate =
  | { kind: 'load'; model: ReadModel }
  /** `version`: a store version that holds every entry (read after them). */
  | { kind: 'apply'; model: ReadModel; entries: ChangeEntry[]; version: number };

export class ReadModelSource {
  private current: ReadModel | null = null;
  private refreshing: Promise<ReadModel> | null = null;
  private readonly listeners: Array<(update: ReadModelUpdate) => void> = [];

  constructor(private readonly store: GraphStore) {}

  /** The model at the store's current version (or later). */
  async get(): Promise<ReadModel> {
    const version = await this.store.version();
    if (this.current && this.current.version === version) return this.current;
    // one refresh at a time; a caller that arrives during one waits for it and checks again
    while (this.refreshing) {
      const model = await this.refreshing;
      if (model.version === version) return model;
    }
    this.refreshing = this.refresh(version);
    try {
      return await this.refreshing;
    } finally {
      this.refreshing = null;
    }
  }

  /** Called with every load and every batch of applied entries, in order. */
  onUpdate(listener: (update: ReadModelUpdate) => void): void {
    this.listeners.push(listener);
  }

  private async refresh(version: number): Promise<ReadModel> {
    // The version and the log position are read before the data: a write
    // racing the load is in the data, in the entries after `seq`, or both —
    // replaying it changes nothing — so the model never misses one.
    if (!this.current) {
      const [latest] = await this.store.changes({ newestFirst: true, limit: 1 });
      const data = await this.store.subgraph({});
      this.current = new ReadModel(data, version, latest?.seq ?? 0);
      this.emit({ kind: 'load', model: this.current });
    }
    const model = this.current;
    for (;;) {
      const entries = await this.store.changes({ since: model.seq, limit: PAGE });
      if (entries.length) {
        // labelled with the new version only when caught up: a reader never takes a half-applied model for it
        model.apply(entries, model.version);
        // for whoever is told (live updates): a version read after the entries, so one that holds them all
        // (the model's own label stays `version`: it may not hold what was committed after the entries were read)
        this.emit({ kind: 'apply', model, entries, version: Math.max(version, await this.store.version()) });
      }
      if (entries.length < PAGE) break;
    }
    model.apply([], version);
    return model;
  }

  private emit(update: ReadModelUpdate): void {
    for (const listener of this.listeners) listener(update);
  }
}
