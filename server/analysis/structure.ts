// What the analysis asks of a snapshot that does not depend on the date: the
// area hierarchy, which areas each forum or initiative covers, which forums,
// initiatives and servers of a target group cover each area, care-level
// spans and estimates. Built once per snapshot (kept in its memo) and filled
// on first use, so each question costs its answer rather than a pass over
// every forum; every list keeps the order the plain scan would give.
import type { ActorKind, ActorNode, CareLevelKind, ForumNode, GraphEdge, InitiativeNode } from '../../schema/domain.ts';
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
  private readonly forumsByArea = new Map<string, readonly ForumNode[]>();
  private forumPositions: Map<string, number> | null = null;
  private initiativesByArea: Map<string, InitiativeNode[]> | null = null;
  private readonly servingByArea = new Map<string, Map<string, string[]>>();
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

  /** Each forum's position in snapshot order. */
  forumOrder(): ReadonlyMap<string, number> {
    return (this.forumPositions ??= new Map(this.snap.nodes('Forum').map((f, i) => [f.id, i])));
  }

  /**
   * The forums covering an area (`areasOf` holds it), in snapshot order: those
   * that COVER the area or something it is part of. Found per area, from the
   * area up, so one area's question does not cost a pass over every forum.
   */
  forumsCovering(areaId: string): readonly ForumNode[] {
    let list = this.forumsByArea.get(areaId);
    if (!list) {
      const found = new Map<string, ForumNode>();
      for (const a of [areaId, ...this.ancestors(areaId)]) {
        for (const id of this.snap.sources(a, 'COVERS')) {
          const f = this.snap.nodeOf('Forum', id);
          if (f) found.set(id, f);
        }
      }
      const order = this.forumOrder();
      list = found.size ? [...found.values()].sort((x, y) => order.get(x.id)! - order.get(y.id)!) : NONE;
      this.forumsByArea.set(areaId, list);
    }
    return list;
  }

  /** The initiatives covering an area, in snapshot order. */
  initiativesCovering(areaId: string): readonly InitiativeNode[] {
    this.initiativesByArea ??= byArea(this.snap.nodes('Initiative'), (i) => i.id, (id) => this.areasOf(id));
    return this.initiativesByArea.get(areaId) ?? NONE;
  }

  /** What SERVES a target group and covers an area, in the order (and with the repeats) of `sources(tg, 'SERVES')`. */
  servingCovering(targetGroupId: string, areaId: string): readonly string[] {
    let index = this.servingByArea.get(targetGroupId);
    if (!index) {
      index = byArea(this.snap.sources(targetGroupId, 'SERVES'), (id) => id, (id) => this.areasOf(id));
      this.servingByArea.set(targetGroupId, index);
    }
    return index.get(areaId) ?? NONE;
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

/** Items listed under every area they cover, each list in the items' order. */
function byArea<T>(items: readonly T[], idOf: (item: T) => string, areasOf: (id: string) => ReadonlySet<string>): Map<string, T[]> {
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
