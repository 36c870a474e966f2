// The graph as it stands on one date: which forums and initiatives run, which
// areas they cover, who takes part. The rules and the coverage matrix ask the
// same questions here, so a matrix cell and the finding behind it always agree.
import type {
  ActorKind, ActorNode, CareLevelKind, ForumNode, GraphNode, InitiativeNode, Principal, Status, SystemLevel,
} from '../../schema/domain.ts';
import type { HandoverPair } from './options.ts';
import type { ReadModel } from '../read-model/read-model.ts';
import { Structure } from './structure.ts';
import { Focus } from './focus.ts';
import { statusOn } from '../../schema/time.ts';

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
  private readonly levelBackings = new Map<string, Map<SystemLevel, Backing>>();
  /** The date-independent indexes, shared by every view of the snapshot. */
  readonly structure: Structure;
  /** For a scoped analysis, what its rules need to look at (see focus.ts); null: everything. */
  readonly focus: Focus | null;

  constructor(
    readonly snap: ReadModel,
    /** The date evaluated. */
    readonly date: string,
    /** The date the data describes (the present). */
    readonly today: string,
    /** Only findings concerning this element are wanted (they are still filtered by `inScope`: the rules may find more). */
    scope: string | null = null,
  ) {
    this.structure = Structure.of(snap);
    this.focus = scope ? new Focus(scope, this.structure) : null;
  }

  // ---- what the rules look at -----------------------------------------------------

  /** Whether a rule about areas needs to look at this area (every area when not scoped). */
  checksArea(areaId: string): boolean {
    return !this.focus || this.focus.areas.has(areaId);
  }

  /** Whether the analysis is scoped to this element (a rule naming it in its evidence looks at every area then). */
  focusesOn(id: string): boolean {
    return this.focus?.scope === id;
  }

  /** The forums the rules about forums need to look at, in snapshot order (every forum when not scoped). */
  forumsToCheck(): readonly ForumNode[] {
    return this.focus ? this.focus.forums : this.forums();
  }

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
    return [...this.structure.actorsOfKind(kind)];
  }

  /** Everything `id` is part of, nearest first (PART_OF followed upwards). */
  ancestors(id: string): string[] {
    return this.structure.ancestors(id);
  }

  /** Everything that is part of `id`, at any depth (not `id` itself). */
  descendants(id: string): Set<string> {
    return this.structure.descendants(id);
  }

  /**
   * The areas a forum or initiative covers: what it COVERS and everything part
   * of that (a forum covering the region covers every county part and
   * municipality), and for an initiative also the actors that BELONG_TO it
   * (pilot municipalities) and their parts.
   */
  areasOf(itemId: string): Set<string> {
    return this.structure.areasOf(itemId);
  }

  /** True when the item covers the area: it covers the area itself or something the area is part of. */
  covers(itemId: string, areaId: string): boolean {
    return this.areasOf(itemId).has(areaId);
  }

  // ---- participation ------------------------------------------------------------

  participants(forumId: string): readonly string[] {
    return this.snap.sources(forumId, 'PARTICIPATES_IN');
  }

  principal(actorId: string): Principal | undefined {
    const n = this.snap.node(actorId);
    return n?.label === 'Actor' ? n.principal : undefined;
  }

  /** The municipality side of an area: actors with principal MUNICIPALITY that are the area or part of it. */
  municipalitySide(areaId: string): Set<string> {
    return this.structure.municipalitySide(areaId);
  }

  /** A forum is shared in an area when the region side and the area's municipality side both take part. */
  isShared(forumId: string, areaId: string): boolean {
    const sides = this.structure.sidesOf(forumId);
    if (!sides.region) return false;
    const side = this.municipalitySide(areaId);
    return sides.municipal.some((p) => side.has(p));
  }

  careKinds(itemId: string): Set<CareLevelKind> {
    return new Set(this.structure.careKinds(itemId));
  }

  spansPair(itemId: string, pair: HandoverPair): boolean {
    const kinds = this.structure.careKinds(itemId);
    return kinds.has(pair.a) && kinds.has(pair.b);
  }

  /** The care level nodes of a kind on the map. */
  careLevelsOfKind(kind: CareLevelKind): string[] {
    return [...this.structure.careLevelsOfKind(kind)];
  }

  /**
   * The estimate of a target group in an area: the latest year not after this
   * view's year, else the earliest there is.
   */
  estimate(targetGroupId: string, areaId: string): Estimate | undefined {
    const year = Number(this.date.slice(0, 4));
    const edges = this.structure.estimates(targetGroupId, areaId);
    if (!edges.length) return undefined;
    const sorted = [...edges].sort((x, y) => x.year! - y.year!);
    const e = [...sorted].reverse().find((x) => x.year! <= year) ?? sorted[0]!;
    return { count: e.count!, year: e.year!, source: e.source };
  }

  // ---- the questions rules and matrix share -------------------------------------
  // Each reads only the items covering the area (Structure's indexes, in
  // snapshot order), so a question costs what covers the area, not every forum.

  /** Forums at a system level covering the area: shared ones (active/planned) and active one-sided ones. */
  levelBacking(areaId: string, level: SystemLevel): Backing {
    let byLevel = this.levelBackings.get(areaId);
    if (!byLevel) {
      // every level at once: one pass over what covers the area
      byLevel = new Map();
      for (const f of this.structure.forumsCovering(areaId)) {
        let b = byLevel.get(f.systemLevel);
        if (!b) byLevel.set(f.systemLevel, (b = { active: [], planned: [], related: [] }));
        if (this.isActive(f.id)) (this.isShared(f.id, areaId) ? b.active : b.related).push(f.id);
        // a planned forum may not have its participants registered yet: coverage and level suffice
        else if (this.isPlanned(f.id)) b.planned.push(f.id);
      }
      this.levelBackings.set(areaId, byLevel);
    }
    const b = byLevel.get(level);
    return b ? { active: [...b.active], planned: [...b.planned], related: [...b.related] } : { active: [], planned: [], related: [] };
  }

  /** Forums spanning both care levels of a hand-over and covering the area; initiatives doing so are `related`. */
  handoverBacking(areaId: string, pair: HandoverPair): Backing {
    const b: Backing = { active: [], planned: [], related: [] };
    for (const f of this.structure.forumsCovering(areaId)) {
      if (!this.spansPair(f.id, pair)) continue;
      if (this.isActive(f.id)) b.active.push(f.id);
      else if (this.isPlanned(f.id)) b.planned.push(f.id);
    }
    for (const i of this.structure.initiativesCovering(areaId)) {
      if (this.spansPair(i.id, pair) && (this.isActive(i.id) || this.isPlanned(i.id))) b.related.push(i.id);
    }
    return b;
  }

  /** Forums and initiatives serving a target group and covering the area. */
  targetGroupBacking(areaId: string, targetGroupId: string): Backing {
    const b: Backing = { active: [], planned: [], related: [] };
    for (const itemId of this.structure.servingCovering(targetGroupId, areaId)) {
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
    return up.length ? up : this.structure.actorsOfKind('REGION').map((r) => r.id);
  }
}
