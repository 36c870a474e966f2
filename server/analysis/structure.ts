// What the analysis asks of a snapshot that does not depend on the date: the
// area hierarchy, which areas each forum or initiative covers, which forums,
// initiatives and servers of a target group cover each area, care-level
// spans and estimates. Built once per snapshot (kept in its memo) and filled
// on first use, so each question costs its answer rather than a pass over
// every forum; every list keeps the order the plain scan would give.
import type { ActorKind, ActorNode, CareLevelKind, ForumNode, GraphEdge, GraphNode, InitiativeNode, NodeOf } from '../../schema/domain.ts';
import { reach } from '../../schema/hierarchy.ts';
import type { ReadModel } from '../read-model/read-model.ts';

const NONE: readonly never[] = Object.freeze([]);

export class Structure {
  private readonly ancestorLists = new Map<string, string[]>();
  private readonly descendantSets = new Map<string, Set<string>>();
  private readonly areaSets = new Map<string, Set<string>>();
  private readonly municipalSides = new Map<string, Set<string>>();
  private readonly forumSides = new Map<string, { region: boolean; municipal: readonly string[] }>();
  private readonly careKindSets = new Map<string, Set<CareLevelKind>>();
  private readonly actorLists = new Map<ActorKind, ActorNode[]>();
  private readonly careLevelLists = new Map<CareLevelKind, string[]>();
  private readonly coveringByArea = new Map<'Forum' | 'Initiative', ByArea<GraphNode>>();
  private readonly order = new Map<'Forum' | 'Initiative', Map<string, number>>();
  private readonly upSets = new Map<string, Set<string>>();
  private readonly coveringSets = new Map<string, Set<string>>();
  private readonly servingByArea = new Map<string, ByArea<string>>();
  private readonly estimatesByArea = new Map<string, Map<string, GraphEdge[]>>();

  private constructor(readonly snap: ReadModel) {}

  /** The snapshot's structure (one per snapshot). */
  static of(snap: ReadModel): Structure {
    return snap.cached('analysis:structure', () => new Structure(snap));
  }

  // ---- the area hierarchy ---------------------------------------------------------

  /** Everything `id` is part of, nearest first (PART_OF followed upwards). */
  ancestors(id: string): string[] {
    let list = this.ancestorLists.get(id);
    if (!list) this.ancestorLists.set(id, (list = reach(id, (n) => this.snap.targets(n, 'PART_OF'))));
    return list;
  }

  /** Everything that is part of `id`, at any depth (not `id` itself). */
  descendants(id: string): Set<string> {
    let set = this.descendantSets.get(id);
    if (!set) this.descendantSets.set(id, (set = new Set(reach(id, (n) => this.snap.sources(n, 'PART_OF')))));
    return set;
  }

  /** See `AsOfView.areasOf`. */
  areasOf(itemId: string): Set<string> {
    let set = this.areaSets.get(itemId);
    if (!set) {
      set = new Set();
      const roots = [...this.snap.targets(itemId, 'COVERS')];
      if (this.snap.node(itemId)?.label === 'Initiative') {
        roots.push(...this.snap.sources(itemId, 'BELONGS_TO').filter((id) => this.snap.node(id)?.label === 'Actor'));
      }
      for (const r of roots) {
        set.add(r);
        for (const d of this.descendants(r)) set.add(d);
      }
      this.areaSets.set(itemId, set);
    }
    return set;
  }

  /** See `AsOfView.municipalitySide`. */
  municipalitySide(areaId: string): Set<string> {
    let set = this.municipalSides.get(areaId);
    if (!set) {
      set = new Set([areaId, ...this.descendants(areaId)].filter((id) => this.snap.nodeOf('Actor', id)?.principal === 'MUNICIPALITY'));
      this.municipalSides.set(areaId, set);
    }
    return set;
  }

  /** Who takes part in a forum, by side: whether the region side does, and its participants on the municipality side. */
  sidesOf(forumId: string): { region: boolean; municipal: readonly string[] } {
    let sides = this.forumSides.get(forumId);
    if (!sides) {
      let region = false;
      const municipal: string[] = [];
      for (const p of this.snap.sources(forumId, 'PARTICIPATES_IN')) {
        const principal = this.snap.nodeOf('Actor', p)?.principal;
        if (principal === 'REGION') region = true;
        else if (principal === 'MUNICIPALITY') municipal.push(p);
      }
      this.forumSides.set(forumId, (sides = { region, municipal }));
    }
    return sides;
  }

  /** Actors of a kind, in snapshot order (shared: do not change it). */
  actorsOfKind(kind: ActorKind): readonly ActorNode[] {
    let list = this.actorLists.get(kind);
    if (!list) this.actorLists.set(kind, (list = this.snap.nodes('Actor').filter((a) => a.kind === kind)));
    return list;
  }

  // ---- care levels --------------------------------------------------------------------

  /** The kinds of the care levels an item SPANS (shared: do not change it). */
  careKinds(itemId: string): ReadonlySet<CareLevelKind> {
    let kinds = this.careKindSets.get(itemId);
    if (!kinds) {
      kinds = new Set<CareLevelKind>();
      for (const id of this.snap.targets(itemId, 'SPANS')) {
        const n = this.snap.nodeOf('CareLevel', id);
        if (n) kinds.add(n.kind);
      }
      this.careKindSets.set(itemId, kinds);
    }
    return kinds;
  }

  /** The ids of the care levels of a kind, in snapshot order (shared). */
  careLevelsOfKind(kind: CareLevelKind): readonly string[] {
    let list = this.careLevelLists.get(kind);
    if (!list) this.careLevelLists.set(kind, (list = this.snap.nodes('CareLevel').filter((c) => c.kind === kind).map((c) => c.id)));
    return list;
  }

  // ---- what covers an area -----------------------------------------------------------------
  // A scoped analysis asks about a few areas: each is answered from the area up
  // (what covers an area covers it or something it is part of), without a pass
  // over every item. The whole analysis asks about every area: past a few
  // questions, one index by area is built instead. Both give the same lists.

  /** Each forum's position in snapshot order. */
  forumOrder(): ReadonlyMap<string, number> {
    return this.positions('Forum');
  }

  /** The forums covering an area (`areasOf` holds it), in snapshot order. */
  forumsCovering(areaId: string): readonly ForumNode[] {
    return this.covering('Forum').get(areaId);
  }

  /** The initiatives covering an area (`areasOf` holds it: they cover it, or an actor it is part of belongs to them), in snapshot order. */
  initiativesCovering(areaId: string): readonly InitiativeNode[] {
    return this.covering('Initiative').get(areaId);
  }

  /** What SERVES a target group and covers an area, in the order (and with the repeats) of `sources(tg, 'SERVES')`. */
  servingCovering(targetGroupId: string, areaId: string): readonly string[] {
    let byArea = this.servingByArea.get(targetGroupId);
    if (!byArea) {
      const serving = this.snap.sources(targetGroupId, 'SERVES');
      byArea = new ByArea(
        // only forums and initiatives serve
        (area) => { const covering = this.coveringIds(area); return serving.filter((id) => covering.has(id)); },
        () => indexByArea(serving, (id) => id, (id) => this.areasOf(id)),
      );
      this.servingByArea.set(targetGroupId, byArea);
    }
    return byArea.get(areaId);
  }

  /** The ids of the forums and initiatives covering an area. */
  private coveringIds(areaId: string): ReadonlySet<string> {
    let ids = this.coveringSets.get(areaId);
    if (!ids) {
      ids = new Set([...this.forumsCovering(areaId), ...this.initiativesCovering(areaId)].map((n) => n.id));
      this.coveringSets.set(areaId, ids);
    }
    return ids;
  }

  /** The area and everything it is part of. */
  private upFrom(areaId: string): ReadonlySet<string> {
    let up = this.upSets.get(areaId);
    if (!up) this.upSets.set(areaId, (up = new Set([areaId, ...this.ancestors(areaId)])));
    return up;
  }

  private positions(label: 'Forum' | 'Initiative'): ReadonlyMap<string, number> {
    let order = this.order.get(label);
    if (!order) this.order.set(label, (order = new Map(this.snap.nodes(label).map((n, i) => [n.id, i]))));
    return order;
  }

  private covering<L extends 'Forum' | 'Initiative'>(label: L): ByArea<NodeOf<L>> {
    let byArea = this.coveringByArea.get(label) as ByArea<NodeOf<L>> | undefined;
    if (!byArea) {
      byArea = new ByArea(
        (areaId) => {
          const found = new Set<string>();
          for (const a of this.upFrom(areaId)) {
            for (const id of this.snap.sources(a, 'COVERS')) found.add(id);
            // an initiative covers what belongs to it (areasOf): only actors belong, and only initiatives are belonged to
            if (label === 'Initiative' && this.snap.node(a)?.label === 'Actor') for (const id of this.snap.targets(a, 'BELONGS_TO')) found.add(id);
          }
          const order = this.positions(label);
          return [...found].filter((id) => order.has(id)).sort((x, y) => order.get(x)! - order.get(y)!).map((id) => this.snap.nodeOf(label, id)!);
        },
        () => indexByArea(this.snap.nodes(label), (n) => (n as GraphNode).id, (id) => this.areasOf(id)),
      );
      this.coveringByArea.set(label, byArea);
    }
    return byArea;
  }

  /** A target group's ESTIMATE relationships to an area with a numeric count and year, in `out` order. */
  estimates(targetGroupId: string, areaId: string): readonly GraphEdge[] {
    let index = this.estimatesByArea.get(targetGroupId);
    if (!index) {
      index = new Map();
      for (const e of this.snap.out(targetGroupId, 'ESTIMATE')) {
        if (typeof e.count !== 'number' || typeof e.year !== 'number') continue;
        const list = index.get(e.to);
        if (list) list.push(e);
        else index.set(e.to, [e]);
      }
      this.estimatesByArea.set(targetGroupId, index);
    }
    return index.get(areaId) ?? NONE;
  }
}

/**
 * Lists by area: each answered on its own (`one`) while few areas are asked,
 * from an index of every area (`all`) once more are. `one` and `all` must
 * give the same lists.
 */
class ByArea<T> {
  static readonly FEW = 16;
  private readonly asked = new Map<string, readonly T[]>();
  private index: Map<string, T[]> | null = null;

  constructor(
    private readonly one: (areaId: string) => readonly T[],
    private readonly all: () => Map<string, T[]>,
  ) {}

  get(areaId: string): readonly T[] {
    if (this.index) return this.index.get(areaId) ?? NONE;
    let list = this.asked.get(areaId);
    if (!list) {
      if (this.asked.size >= ByArea.FEW) {
        this.index = this.all();
        return this.get(areaId);
      }
      this.asked.set(areaId, (list = this.one(areaId)));
    }
    return list;
  }
}

/** Items listed under every area they cover, each list in the items' order. */
function indexByArea<T>(items: readonly T[], idOf: (item: T) => string, areasOf: (id: string) => ReadonlySet<string>): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const item of items) {
    for (const area of areasOf(idOf(item))) {
      const list = index.get(area);
      if (list) list.push(item);
      else index.set(area, [item]);
    }
  }
  return index;
}
