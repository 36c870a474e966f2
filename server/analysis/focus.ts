// What a scoped analysis needs to look at. `inScope` (gaps.ts) decides which
// findings concern a scope; a Focus names, for each kind of rule, a superset
// of the subjects whose findings can pass it, so the rules run over those
// alone and the analysis of one municipality costs what lies around it, not
// the whole country. Its findings are then filtered by `inScope` as before,
// so the answer is the whole analysis's, filtered (a test compares them for
// every element as scope).
import type { ForumNode } from '../../schema/domain.ts';
import type { Structure } from './structure.ts';

export class Focus {
  /** Areas whose area findings (a municipality's level, hand-over or target-group finding) can concern the scope. */
  readonly areas: ReadonlySet<string>;
  /** Areas whose single points of connection can concern the scope (a forum's finding there concerns what is part of the area too). */
  readonly near: ReadonlySet<string>;
  /** Forums whose findings, alone, in pairs or in reporting cycles, can concern the scope, in snapshot order. */
  readonly forums: readonly ForumNode[];

  constructor(readonly scope: string, structure: Structure) {
    const snap = structure.snap;
    const node = snap.node(scope);
    const forumIds = new Set<string>();
    if (node?.label === 'Actor') {
      // the scope and what is part of it hold its area findings; a forum covering the scope
      // through a wider area concerns it too, so forums covering anything above count
      const down = new Set([scope, ...structure.descendants(scope)]);
      const near = new Set([...down, ...structure.ancestors(scope)]);
      this.areas = down;
      this.near = near;
      for (const area of near) for (const id of snap.sources(area, 'COVERS')) forumIds.add(id);
      // its own part in forums: as participant (a boundary forum's or a pair's shared participant), as convener (an overdue forum's)
      for (const id of snap.targets(scope, 'PARTICIPATES_IN')) forumIds.add(id);
      for (const id of snap.targets(scope, 'CONVENES')) forumIds.add(id);
    } else if (node?.label === 'Forum' || node?.label === 'Initiative') {
      // an item is evidence of the area findings where it covers (one-sided forums, initiatives spanning a hand-over)
      this.areas = this.near = structure.areasOf(scope);
      if (node.label === 'Forum') {
        forumIds.add(scope);
        // forums reporting to it (an orphan's ended line names it)
        for (const id of snap.sources(scope, 'REPORTS_TO')) forumIds.add(id);
      }
    } else {
      // a target group or care level: only the rules naming it look further (`focusesOn`)
      this.areas = this.near = new Set();
    }
    this.forums = forumIds.size ? snap.nodes('Forum').filter((f) => forumIds.has(f.id)) : [];
  }
}
