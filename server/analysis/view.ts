// The graph as it stands on one date: which forums and initiatives run, which
// areas they cover, who takes part. The rules and the coverage matrix ask the
// same questions here, so a matrix cell and the finding behind it always agree.
import type {
  ActorKind, ActorNode, CareLevelKind, ForumNode, GraphNode, InitiativeNode, Principal, Status, SystemLevel,
} from '../../schema/domain.ts';
import type { HandoverPair } from './options.ts';
import type { Snapshot } from './snapshot.ts';
import { statusOn } from './time.ts';

export interface Estimate {
  count: number;
  year: number;
  source: string;
}

/** What stands behind one (area, column) question: ids of forums and initiatives. */
export interface Backing {
  /** Active items that satisfy the criterion (they make the cell COVERED). */
  active: string[];
  /** Planned items that would satisfy it once they start. */
  planned: string[];
  /** Active items that nearly do (a forum at the level that only one side attends; an initiative spanning a hand-over). */
  related: string[];
}

export class AsOfView {
  private readonly statuses = new Map<string, Status>();
  private readonly areaSets = new Map<string, Set<string>>();
  private readonly descendantSets = new Map<string, Set<string>>();
  private readonly ancestorLists = new Map<string, string[]>();
  private readonly municipalSides = new Map<string, Set<string>>();

  constructor(
    readonly snap: Snapshot,
    /** The date evaluated. */
    readonly date: string,
    /** The date the data describes (the present). */
    readonly today: string,
  ) {}

  // ---- time -----------------------------------------------------------------

  /** The status of a forum or initiative on this view's date (see `statusOn`). */
  status(id: string): Status | undefined {
    let s = this.statuses.get(id);
    if (s === undefined) {
      const n = this.snap.node(id);
      if (n?.label !== 'Forum' && n?.label !== 'Initiative') return undefined;
      s = statusOn(n, this.date, this.today);
      this.statuses.set(id, s);
    }
    return s;
  }

  isActive = (id: string): boolean => this.status(id) === 'ACTIVE';
  isPlanned = (id: string): boolean => this.status(id) === 'PLANNED';

  forums(): readonly ForumNode[] {
    return this.snap.nodes('Forum');
  }

  initiatives(): readonly InitiativeNode[] {
    return this.snap.nodes('Initiative');
  }

  // ---- areas and hierarchy ----------------------------------------------------

  actorsOfKind(kind: ActorKind): ActorNode[] {
    return this.snap.nodes('Actor').filter((a) => a.kind === kind);
  }

  /** Everything `id` is part of, nearest first (PART_OF followed upwards). */
  ancestors(id: string): string[] {
    let list = this.ancestorLists.get(id);
    if (!list) {
      list = [];
      const seen = new Set([id]);
      let frontier = [id];
      while (frontier.length) {
        const next: string[] = [];
        for (const n of frontier) for (const up of this.snap.targets(n, 'PART_OF')) if (!seen.has(up)) { seen.add(up); list.push(up); next.push(up); }
        frontier = next;
      }
      this.ancestorLists.set(id, list);
    }
    return list;
  }

  /** Everything that is part of `id`, at any depth (not `id` itself). */
  descendants(id: string): Set<string> {
    let set = this.descendantSets.get(id);
    if (!set) {
      set = new Set();
      let frontier = [id];
      while (frontier.length) {
        const next: string[] = [];
        for (const n of frontier) for (const down of this.snap.sources(n, 'PART_OF')) if (down !== id && !set.has(down)) { set.add(down); next.push(down); }
        frontier = next;
      }
      this.descendantSets.set(id, set);
    }
    return set;
  }

  /**
   * The areas a forum or initiative covers: what it COVERS and everything part
   * of that (a forum covering the region covers every county part and
   * municipality), and for an initiative also the actors that BELONG_TO it
   * (pilot municipalities) and their parts.
   */
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

  /** True when the item covers the area: it covers the area itself or something the area is part of. */
  covers(itemId: string, areaId: string): boolean {
    return this.areasOf(itemId).has(areaId);
  }

  // ---- participation ------------------------------------------------------------

  participants(forumId: string): string[] {
    return this.snap.sources(forumId, 'PARTICIPATES_IN');
  }

  principal(actorId: string): Principal | undefined {
    const n = this.snap.node(actorId);
    return n?.label === 'Actor' ? n.principal : undefined;
  }

  /** The municipality side of an area: actors with principal MUNICIPALITY that are the area or part of it. */
  municipalitySide(areaId: string): Set<string> {
    let set = this.municipalSides.get(areaId);
    if (!set) {
      set = new Set([areaId, ...this.descendants(areaId)].filter((id) => this.principal(id) === 'MUNICIPALITY'));
      this.municipalSides.set(areaId, set);
    }
    return set;
  }

  /** A forum is shared in an area when the region side and the area's municipality side both take part. */
  isShared(forumId: string, areaId: string): boolean {
    const side = this.municipalitySide(areaId);
    const ps = this.participants(forumId);
    return ps.some((p) => this.principal(p) === 'REGION') && ps.some((p) => side.has(p));
  }

  careKinds(itemId: string): Set<CareLevelKind> {
    const kinds = new Set<CareLevelKind>();
    for (const id of this.snap.targets(itemId, 'SPANS')) {
      const n = this.snap.nodeOf('CareLevel', id);
      if (n) kinds.add(n.kind);
    }
    return kinds;
  }

  spansPair(itemId: string, pair: HandoverPair): boolean {
    const kinds = this.careKinds(itemId);
    return kinds.has(pair.a) && kinds.has(pair.b);
  }

  /** The care level nodes of a kind on the map. */
  careLevelsOfKind(kind: CareLevelKind): string[] {
    return this.snap.nodes('CareLevel').filter((c) => c.kind === kind).map((c) => c.id);
  }

  /**
   * The estimate of a target group in an area: the latest year not after this
   * view's year, else the earliest there is.
   */
  estimate(targetGroupId: string, areaId: string): Estimate | undefined {
    const year = Number(this.date.slice(0, 4));
    const edges = this.snap.out(targetGroupId, 'ESTIMATE').filter((e) => e.to === areaId && typeof e.count === 'number' && typeof e.year === 'number');
    if (!edges.length) return undefined;
    const sorted = [...edges].sort((x, y) => x.year! - y.year!);
    const e = [...sorted].reverse().find((x) => x.year! <= year) ?? sorted[0]!;
    return { count: e.count!, year: e.year!, source: e.source };
  }

  // ---- the questions rules and matrix share -------------------------------------

  /** Forums at a system level covering the area: shared ones (active/planned) and active one-sided ones. */
  levelBacking(areaId: string, level: SystemLevel): Backing {
    const b: Backing = { active: [], planned: [], related: [] };
    for (const f of this.forums()) {
      if (f.systemLevel !== level || !this.covers(f.id, areaId)) continue;
      if (this.isActive(f.id)) (this.isShared(f.id, areaId) ? b.active : b.related).push(f.id);
      // a planned forum may not have its participants registered yet: coverage and level suffice
      else if (this.isPlanned(f.id)) b.planned.push(f.id);
    }
    return b;
  }

  /** Forums spanning both care levels of a hand-over and covering the area; initiatives doing so are `related`. */
  handoverBacking(areaId: string, pair: HandoverPair): Backing {
    const b: Backing = { active: [], planned: [], related: [] };
    for (const f of this.forums()) {
      if (!this.spansPair(f.id, pair) || !this.covers(f.id, areaId)) continue;
      if (this.isActive(f.id)) b.active.push(f.id);
      else if (this.isPlanned(f.id)) b.planned.push(f.id);
    }
    for (const i of this.initiatives()) {
      if (this.spansPair(i.id, pair) && this.covers(i.id, areaId) && (this.isActive(i.id) || this.isPlanned(i.id))) b.related.push(i.id);
    }
    return b;
  }

  /** Forums and initiatives serving a target group and covering the area. */
  targetGroupBacking(areaId: string, targetGroupId: string): Backing {
    const b: Backing = { active: [], planned: [], related: [] };
    for (const itemId of this.snap.sources(targetGroupId, 'SERVES')) {
      if (!this.covers(itemId, areaId)) continue;
      if (this.isActive(itemId)) b.active.push(itemId);
      else if (this.isPlanned(itemId)) b.planned.push(itemId);
    }
    return b;
  }

  node(id: string): GraphNode | undefined {
    return this.snap.node(id);
  }

  /** The region(s) above an area (the region side's representative in a gap). */
  regionsAbove(areaId: string): string[] {
    const up = this.ancestors(areaId).filter((id) => this.snap.nodeOf('Actor', id)?.kind === 'REGION');
    return up.length ? up : this.actorsOfKind('REGION').map((r) => r.id);
  }
}
