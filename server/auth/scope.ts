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
//
// A change reaches further than its subject when:
//   PART_OF (an area's or unit's place in the hierarchy) → both ends must lie
//            in scope, so an area cannot be moved between county parts or detached;
//   delete   → every relationship the element has goes with it, so each of
//            those must be one the editor could unlink itself.
// Documents: saved views and presentations are any editor's; a read-only link (and a saved view or
// presentation a working link shows) only when every view it shows is filtered
// to an area in scope (its municipality or county part), so a link never shows
// more than its maker may change; positions in the shared layout only
// of elements in scope, and resetting or replacing the whole layout is for region
// editors; a finding may be dismissed only when every area, forum, initiative
// or gap its key names lies in scope. Anything else is refused: deny by default.
import { NodeLabel, RelType, type Batch, type Change } from '../../schema/domain.ts';
import { nearestUp } from '../../schema/hierarchy.ts';
import { DomainError } from '../errors.ts';
import { KEY_SEPARATOR, ruleOfKey } from '../analysis/catalogue.ts';
import { DISMISSALS } from '../analysis/recorded.ts';
import type { ReadModel } from '../read-model/read-model.ts';
import { LAYOUT_NS, VIEW_NS } from '../graphql/map-docs.ts';
import { FILTER_CODECS } from '../../schema/map-view.ts';
import type { ApplyResult, Doc, GraphStore, WriteContext } from '../store/port.ts';
import { REGION_SCOPE, type Identity } from './accounts.ts';
import { SHARE_NS } from './share-links.ts';
import { PRESENTATION_NS } from '../graphql/presentations.ts';

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

  static fromSnapshot(snap: ReadModel): Placement {
    const p = new Placement();
    for (const label of NodeLabel.options) {
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
    if (label === 'Actor') return this.actorInScope(id, scopes);
    if (label === 'Forum' || label === 'Initiative') {
      const areas = this.targets(id, 'COVERS');
      return areas.length > 0 && areas.every((a) => this.actorInScope(a, scopes));
    }
    if (label === 'Gap') {
      const actors = this.targets(id, 'BETWEEN').filter((a) => this.labels.get(a) === 'Actor');
      return actors.length > 0 && actors.every((a) => this.actorInScope(a, scopes));
    }
    return false;
  }

  private actorInScope(id: string, scopes: ReadonlySet<string>): boolean {
    return nearestUp(id, (x) => this.targets(x, 'PART_OF'), (x) => scopes.has(x)) !== null;
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

/** The elements a change reaches: its subject, both ends of a PART_OF, and everything a delete takes with it. */
function reach(c: Change, snap: ReadModel): string[] {
  if (c.op === 'link' || c.op === 'unlink') return c.type === 'PART_OF' ? [c.from, c.to] : [subjectOf(c.type, c.from, c.to)];
  if (c.op !== 'delete') return [c.id];
  const ids = new Set([c.id]);
  for (const type of RelType.options) {
    for (const e of snap.out(c.id, type)) for (const id of reach({ op: 'unlink', type, from: e.from, to: e.to }, snap)) ids.add(id);
    for (const e of snap.in(c.id, type)) for (const id of reach({ op: 'unlink', type, from: e.from, to: e.to }, snap)) ids.add(id);
  }
  return [...ids];
}

const named = (snap: ReadModel, id: string) => {
  const n = snap.node(id);
  return n ? `${n.label} "${n.name}" (${id})` : id;
};

/** Editors outside the region scope; null when the identity may write anywhere (throws for viewers). */
function scopedEditor(identity: Identity): Set<string> | null {
  if (identity.role === 'ADMIN') return null;
  if (identity.role !== 'EDITOR') throw forbidden('Your role may read the map but not change it', { role: identity.role });
  return identity.scopes.includes(REGION_SCOPE) ? null : new Set(identity.scopes);
}

/** Throws FORBIDDEN unless the identity may apply every change. */
export async function checkWrite(identity: Identity, changes: readonly Change[], snapshot: () => Promise<ReadModel>): Promise<void> {
  const scopes = scopedEditor(identity);
  if (!scopes) return;
  const snap = await snapshot();
  const before = Placement.fromSnapshot(snap);
  const after = before.clone();
  changes.forEach((c) => after.play(c));
  changes.forEach((c, i) => {
    for (const id of reach(c, snap)) {
      // in scope before the change (when it existed) and after the batch (unless the batch removed it)
      const ok = (!before.has(id) || before.inScope(id, scopes)) && (!after.has(id) || after.inScope(id, scopes));
      if (ok) continue;
      const change = c.op === 'link' || c.op === 'unlink' ? `${c.op} ${c.type} ${c.from} → ${c.to}` : `${c.op} ${c.id}`;
      throw forbidden(`Change ${i} (${change}) reaches ${named(snap, id)}, which lies outside your scope (${identity.scopes.join(', ')})`, { index: i, id, scopes: identity.scopes });
    }
  });
}

/** The areas a saved view's state filters to (municipality, county part); a view filtered to none shows the whole region. */
const viewAreas = (state: unknown): string[] => {
  const s = (state ?? {}) as Record<string, unknown>;
  return [FILTER_CODECS.municipality.url, FILTER_CODECS.countyPart.url].map((k) => s[k]).filter((v): v is string => typeof v === 'string' && v !== '');
};

/** The documents the guard reads to decide (the raw store's). */
export type DocReader = Pick<GraphStore, 'getDoc' | 'listDocs'>;

/** The saved views a read-only link shows: its view, or every view of its presentation. */
async function viewsOfLink(link: unknown, docs: DocReader): Promise<string[]> {
  const l = (link ?? {}) as { viewId?: unknown; presentationId?: unknown };
  if (typeof l.viewId === 'string') return [l.viewId];
  if (typeof l.presentationId !== 'string') return [];
  return viewsOfPresentation((await docs.getDoc(PRESENTATION_NS, l.presentationId))?.value);
}

const viewsOfPresentation = (p: unknown): string[] =>
  ((p as { slides?: Array<{ viewId?: unknown }> } | undefined)?.slides ?? []).map((x) => x.viewId).filter((v): v is string => typeof v === 'string');

/** Throws FORBIDDEN unless the identity may write (or, with `value` undefined, delete) this document. */
export async function checkDocWrite(identity: Identity, ns: string, key: string, value: unknown, current: () => Promise<unknown>, snapshot: () => Promise<ReadModel>, docs: DocReader): Promise<void> {
  const scopes = scopedEditor(identity);
  if (!scopes) return;
  /** Views (id → state) whose filters reach outside the scopes. */
  const wideViews = async (views: Array<[string, unknown]>): Promise<string[]> => {
    if (!views.length) return [];
    const placement = Placement.fromSnapshot(await snapshot());
    return views.filter(([, state]) => !viewAreas(state).some((a) => placement.has(a) && placement.inScope(a, scopes))).map(([id]) => id);
  };
  /** The saved views' states, by id (undefined for a view that is gone). */
  const statesOf = (ids: string[]) =>
    Promise.all(ids.map(async (id): Promise<[string, unknown]> => [id, ((await docs.getDoc(VIEW_NS, id))?.value as { state?: unknown } | undefined)?.state]));
  /** Whether a working read-only link shows the view (itself or in a presentation), or the presentation. */
  const linked = async (kind: 'view' | 'presentation', id: string): Promise<boolean> => {
    const now = new Date().toISOString();
    for (const d of await docs.listDocs(SHARE_NS)) {
      const l = d.value as { viewId?: string | null; presentationId?: string | null; revokedAt?: string | null; expiresAt?: string | null };
      if (l.revokedAt || (l.expiresAt && l.expiresAt <= now)) continue;
      if (kind === 'presentation' ? l.presentationId === id : (await viewsOfLink(l, docs)).includes(id)) return true;
    }
    return false;
  };
  const tooWide = (what: string, ids: string[]) =>
    new DomainError('FORBIDDEN', `${what} ${ids.join(', ')} ${ids.length > 1 ? 'are' : 'is'} not filtered to a municipality or county part in your scope (${identity.scopes.join(', ')}); a region editor or an admin may share it`, {
      details: { ids, scopes: identity.scopes },
      messageSv: `Läslänkar får bara visa vyer som är filtrerade till en kommun eller länsdel inom ditt område (${identity.scopes.join(', ')}); en regionredaktör eller administratör kan dela vyn.`,
    });
  if (ns === SHARE_NS) {
    if (value === undefined) return;
    const ids = await viewsOfLink(value, docs);
    const wide = await wideViews(await statesOf(ids));
    if (!ids.length || wide.length) throw tooWide('A read-only link shows the saved view', wide.length ? wide : ids);
    return;
  }
  if (ns === VIEW_NS) {
    // a view a working link shows may be changed, but not widened beyond the scope
    if (value === undefined || !(await linked('view', key))) return;
    const wide = await wideViews([[key, (value as { state?: unknown }).state]]);
    if (wide.length) throw tooWide('A read-only link shows it, and the saved view', wide);
    return;
  }
  if (ns === PRESENTATION_NS) {
    // presentations are any editor's, like saved views; one a working link shows may not gain a view wider than the scope
    if (value === undefined || !(await linked('presentation', key))) return;
    const ids = viewsOfPresentation(value);
    const wide = await wideViews(await statesOf(ids));
    if (wide.length) throw tooWide('A read-only link shows this presentation, and its saved view', wide);
    return;
  }
  const outside = (snap: ReadModel, ids: Iterable<string>) => {
    const placement = Placement.fromSnapshot(snap);
    return [...ids].filter((id) => !placement.has(id) || !placement.inScope(id, scopes));
  };
  const refuse = (message: string, ids: string[] = [], snap?: ReadModel) => {
    const list = ids.slice(0, 5).map((id) => (snap ? named(snap, id) : id)).join(', ');
    throw forbidden(`${message}${ids.length ? `: ${list}${ids.length > 5 ? ` and ${ids.length - 5} more` : ''} lie outside your scope (${identity.scopes.join(', ')})` : ''}`, { ids, scopes: identity.scopes });
  };
  if (ns === LAYOUT_NS) {
    if (value === undefined) refuse('Resetting the shared layout moves every element; a region editor or an admin may do it');
    const was = ((await current()) as { positions?: Record<string, [number, number]> } | null)?.positions ?? {};
    const now = (value as { positions?: Record<string, [number, number]> }).positions ?? {};
    const moved = new Set<string>();
    for (const [id, p] of Object.entries(now)) if (!was[id] || was[id][0] !== p[0] || was[id][1] !== p[1]) moved.add(id);
    for (const id of Object.keys(was)) if (!(id in now)) moved.add(id);
    const snap = await snapshot();
    const out = outside(snap, moved);
    if (out.length) refuse('This layout change moves elements', out, snap);
    return;
  }
  if (ns === DISMISSALS && ruleOfKey(key)) {
    const snap = await snapshot();
    // the areas, forums, initiatives and gaps the finding is about; care levels and target groups say what, not where
    const placed = key.split(KEY_SEPARATOR).slice(1).filter((id) => {
      const label = snap.node(id)?.label;
      return label === 'Actor' || label === 'Forum' || label === 'Initiative' || label === 'Gap';
    });
    if (!placed.length) refuse('This finding is about nothing placed in your scope; a region editor or an admin may set it aside');
    const out = outside(snap, placed);
    if (out.length) refuse('Setting this finding aside hides it for everyone, and it concerns', out, snap);
    return;
  }
  refuse(`Documents of the kind "${ns}" are written by region editors and admins only`);
}

/** The store as one identity may use it: reads pass through; every write is checked first. */
export function guardStore(store: GraphStore, identity: Identity, snapshot: () => Promise<ReadModel>): GraphStore {
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
    putDoc: async (ns: string, key: string, value: unknown, ctx: WriteContext, expected?: string | null): Promise<Doc> => {
      await checkDocWrite(identity, ns, key, value, async () => (await store.getDoc(ns, key))?.value ?? null, snapshot, store);
      return store.putDoc(ns, key, value, ctx, expected);
    },
    deleteDoc: async (ns: string, key: string, expected?: string): Promise<boolean> => {
      await checkDocWrite(identity, ns, key, undefined, async () => (await store.getDoc(ns, key))?.value ?? null, snapshot, store);
      return store.deleteDoc(ns, key, expected);
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
