// Who may change what: the one place every write is checked (GraphQL
// mutations, applyChanges, import, documents), as a guard around the store.
//
// VIEWER   — reads only;
// EDITOR   — writes within its scopes: `region`, or county parts and
//            municipalities (a scope includes everything PART_OF it);
// ADMIN    — everything.
//
// For a scoped editor every change has a *subject* that must lie in scope both
// before the change (when it existed) and after the whole batch:
//   create/update/delete of an element → the element;
//   PARTICIPATES_IN, CONVENES → the forum; BELONGS_TO, OWNS → the initiative;
//   ESTIMATE → the area; every other relationship → its `from` end.
// An actor lies in scope when it, or something it is PART_OF, is a scope; a
// forum or initiative when it covers at least one area and every area it
// covers lies in scope; a gap when it lies between at least one actor and all
// its actors lie in scope; care levels and target groups are region-wide
// reference data, for region editors only. So a local group creates a forum and
// places it in its municipality in one `applyChanges`, and cannot touch a
// forum that also covers another municipality.
import { type Batch, type Change, type NodeLabel, type RelType } from '../../schema/domain.ts';
import { DomainError } from '../errors.ts';
import type { Snapshot } from '../analysis/snapshot.ts';
import type { ApplyResult, Doc, GraphStore, WriteContext } from '../store/port.ts';
import { REGION_SCOPE, type Identity } from './accounts.ts';

/** Which end of a relationship the change is about. */
const SUBJECT_END: Partial<Record<RelType, 'from' | 'to'>> = {
  PARTICIPATES_IN: 'to',
  CONVENES: 'to',
  BELONGS_TO: 'to',
  OWNS: 'to',
  ESTIMATE: 'to',
};
export const subjectOf = (type: RelType, from: string, to: string) => ((SUBJECT_END[type] ?? 'from') === 'to' ? to : from);

/** The part of the graph that decides scope, copied so a batch can be played on it. */
export class Placement {
  private readonly labels = new Map<string, NodeLabel>();
  /** PART_OF, COVERS and BETWEEN targets per node. */
  private readonly ties = new Map<string, Map<RelType, Set<string>>>();

  static fromSnapshot(snap: Snapshot): Placement {
    const p = new Placement();
    for (const label of ['Actor', 'CareLevel', 'Forum', 'TargetGroup', 'Initiative', 'Gap'] as const) {
      for (const n of snap.nodes(label)) p.labels.set(n.id, label);
    }
    for (const id of p.labels.keys()) for (const t of ['PART_OF', 'COVERS', 'BETWEEN'] as const) for (const to of snap.targets(id, t)) p.tie(id, t, to, true);
    return p;
  }

  clone(): Placement {
    const p = new Placement();
    this.labels.forEach((v, k) => p.labels.set(k, v));
    this.ties.forEach((byType, id) => p.ties.set(id, new Map([...byType].map(([t, s]) => [t, new Set(s)]))));
    return p;
  }

  has(id: string): boolean {
    return this.labels.has(id);
  }

  private tie(id: string, type: RelType, to: string, on: boolean): void {
    if (type !== 'PART_OF' && type !== 'COVERS' && type !== 'BETWEEN') return;
    const byType = this.ties.get(id) ?? this.ties.set(id, new Map()).get(id)!;
    const set = byType.get(type) ?? byType.set(type, new Set()).get(type)!;
    if (on) set.add(to);
    else set.delete(to);
  }

  private targets(id: string, type: RelType): string[] {
    return [...(this.ties.get(id)?.get(type) ?? [])];
  }

  /** Plays a change (or a bulk row) on the copy; unknown ids are left for the store to refuse. */
  play(c: Change): void {
    switch (c.op) {
      case 'create':
        this.labels.set(c.id, c.label);
        break;
      case 'delete':
        this.labels.delete(c.id);
        this.ties.delete(c.id);
        for (const byType of this.ties.values()) for (const set of byType.values()) set.delete(c.id);
        break;
      case 'link':
      case 'unlink':
        this.tie(c.from, c.type, c.to, c.op === 'link');
        break;
      default:
        break;
    }
  }

  /** True when the element lies within the scopes (see the rules above). */
  inScope(id: string, scopes: ReadonlySet<string>): boolean {
    const label = this.labels.get(id);
    if (label === 'Actor') return this.actorInScope(id, scopes, 0);
    if (label === 'Forum' || label === 'Initiative') {
      const areas = this.targets(id, 'COVERS');
      return areas.length > 0 && areas.every((a) => this.actorInScope(a, scopes, 0));
    }
    if (label === 'Gap') {
      const actors = this.targets(id, 'BETWEEN').filter((a) => this.labels.get(a) === 'Actor');
      return actors.length > 0 && actors.every((a) => this.actorInScope(a, scopes, 0));
    }
    return false;
  }

  private actorInScope(id: string, scopes: ReadonlySet<string>, depth: number): boolean {
    if (scopes.has(id)) return true;
    if (depth > 8) return false;
    return this.targets(id, 'PART_OF').some((p) => this.actorInScope(p, scopes, depth + 1));
  }
}

const forbidden = (message: string, details: Record<string, unknown> = {}) => new DomainError('FORBIDDEN', message, { details });

/** Changes as the guard sees them: a bulk upsert is creates (or updates) and links. */
function batchAsChanges(batch: Batch, existing: Placement): Change[] {
  return [
    ...batch.nodes.map((n): Change => (existing.has(n.id) ? { op: 'update', id: n.id, props: {} } : { op: 'create', label: n.label, id: n.id, props: {} })),
    ...batch.edges.map((e): Change => ({ op: 'link', type: e.type, from: e.from, to: e.to, props: e.props })),
  ];
}

/** Throws FORBIDDEN unless the identity may apply every change. */
export async function checkWrite(identity: Identity, changes: readonly Change[], snapshot: () => Promise<Snapshot>): Promise<void> {
  if (identity.role === 'ADMIN') return;
  if (identity.role !== 'EDITOR') throw forbidden('Your role may read the map but not change it', { role: identity.role });
  const scopes = new Set(identity.scopes);
  if (scopes.has(REGION_SCOPE)) return;
  const before = Placement.fromSnapshot(await snapshot());
  const after = before.clone();
  changes.forEach((c) => after.play(c));
  changes.forEach((c, i) => {
    const subject = c.op === 'link' || c.op === 'unlink' ? subjectOf(c.type, c.from, c.to) : c.id;
    const ok = (!before.has(subject) || before.inScope(subject, scopes)) && (c.op === 'delete' || after.inScope(subject, scopes));
    if (!ok) {
      throw forbidden(`Change ${i} (${c.op} ${subject}) lies outside your scope (${identity.scopes.join(', ')})`, { index: i, id: subject, scopes: identity.scopes });
    }
  });
}

/** The store as one identity may use it: reads pass through; every write is checked first. */
export function guardStore(store: GraphStore, identity: Identity, snapshot: () => Promise<Snapshot>): GraphStore {
  if (identity.role === 'ADMIN') return store;
  const guarded: Partial<GraphStore> = {
    apply: async (changes: readonly Change[], ctx: WriteContext): Promise<ApplyResult> => {
      await checkWrite(identity, changes, snapshot);
      return store.apply(changes, ctx);
    },
    bulkUpsert: async (batch: Batch, ctx: WriteContext) => {
      const existing = Placement.fromSnapshot(await snapshot());
      await checkWrite(identity, batchAsChanges(batch, existing), snapshot);
      return store.bulkUpsert(batch, ctx);
    },
    putDoc: async (ns: string, key: string, value: unknown, ctx: WriteContext): Promise<Doc> => {
      if (identity.role !== 'EDITOR') throw forbidden('Your role may read the map but not change it', { role: identity.role });
      return store.putDoc(ns, key, value, ctx);
    },
    deleteDoc: async (ns: string, key: string): Promise<boolean> => {
      if (identity.role !== 'EDITOR') throw forbidden('Your role may read the map but not change it', { role: identity.role });
      return store.deleteDoc(ns, key);
    },
  };
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (typeof prop === 'string' && prop in guarded) return guarded[prop as keyof GraphStore];
      const v = Reflect.get(target, prop, receiver);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
}
