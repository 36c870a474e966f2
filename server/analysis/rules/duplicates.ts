// Near-duplicate forums: candidates for consolidation (the directive asks for
// lower costs as well as better collaboration).
import type { ForumNode, SystemLevel } from '../../../schema/domain.ts';
import type { Draft, Rule } from '../finding.ts';
import type { AsOfView } from '../view.ts';
import { namesOf } from '../text.ts';
import { covered } from './forum.ts';

export interface Candidate {
  f: ForumNode;
  people: Set<string>;
  areas: Set<string>;
}

/**
 * Two forums, each active or planned on the date, at the same system level,
 * whose areas overlap (one covers an area the other covers, counting what is
 * part of each area), sharing at least `nearDuplicateMinShared` participants
 * with a Jaccard overlap |A∩B| / |A∪B| at or above `nearDuplicateThreshold`.
 *
 * Only candidate pairs are scored (`candidatePairs`), in the order the plain
 * scan over every pair would meet them, and scored exactly as it did. A
 * scoped analysis scores the pairs of a forum it looks at (`scopedPairs`).
 */
export const nearDuplicateForums: Rule = (view, options) => {
  const candidate = (f: ForumNode): Candidate | null => {
    if (!view.isActive(f.id) && !view.isPlanned(f.id)) return null;
    const x = { f, people: new Set(view.participants(f.id)), areas: view.areasOf(f.id) };
    return x.people.size > 0 && x.areas.size > 0 ? x : null;
  };
  let pairs: Array<readonly [Candidate, Candidate]>;
  if (view.focus && !disjointCanPass(options.nearDuplicateMinShared, options.nearDuplicateThreshold)) {
    pairs = scopedPairs(view, view.focus.forums, candidate);
  } else {
    const forums = view.forums().map(candidate).filter((x): x is Candidate => x !== null);
    pairs = candidatePairs(forums, options.nearDuplicateMinShared, options.nearDuplicateThreshold).map(([i, j]) => [forums[i]!, forums[j]!] as const);
  }
  const out: Draft[] = [];
  for (const [x, y] of pairs) {
    if (x.f.systemLevel !== y.f.systemLevel) continue;
    // the cheap tests first: most candidates share too few participants
    const together = sharedCount(x.people, y.people);
    const jaccard = together / (x.people.size + y.people.size - together);
    if (together < options.nearDuplicateMinShared || jaccard < options.nearDuplicateThreshold) continue;
    if (!overlaps(x.areas, y.areas)) continue;
    const shared = [...x.people].filter((p) => y.people.has(p));
    const ids = [x.f.id, y.f.id].sort();
    const pct = Math.round(jaccard * 100);
    const names = ids.map((id) => view.node(id));
    out.push({
      keyParts: ids,
      title: {
        sv: `${namesOf(names, 'sv')} har nästan samma deltagare`,
        en: `${namesOf(names, 'en')} have almost the same participants`,
      },
      explanation: {
        sv: `Forumen är på samma systemnivå, täcker överlappande områden och delar ${shared.length} deltagare (${pct} % överlapp). Överväg att slå samman dem.`,
        en: `The forums are at the same system level, cover overlapping areas and share ${shared.length} participants (${pct}% overlap). Consider merging them.`,
      },
      scope: { kind: 'FORUM', ids },
      evidence: [...ids, ...shared],
      areas: covered(view, ids),
    });
  }
  return out;
};

/**
 * Every pair (i, j), i < j, that the rule's test could accept, and usually few
 * others, sorted as the nested loops over i and j would visit them. Only pairs
 * at the same system level are ever accepted, so each level is searched alone.
 *
 * - When a pair sharing no participant can pass (neither the minimum nor the
 *   threshold is above 0, so |A∩B| = 0 and a Jaccard of 0 are both enough):
 *   every pair whose areas overlap, found through an index by covered area.
 * - Otherwise an accepted pair shares at least α(A) participants, where α(A)
 *   depends on A alone: at least 1, at least ⌈min shared⌉, and (Jaccard ≥ t
 *   and |A∪B| ≥ |A|) at least ⌈t·|A|⌉, taken a hair low so rounding can only
 *   widen the search. Order all participants one way (rarest first). The first
 *   shared participant w of an accepted pair has at least α(A) − 1 shared ones
 *   after it in A, so w is among the first |A| − α(A) + 1 participants of A,
 *   and likewise of B (prefix filtering, as in Bayardo et al.'s All-Pairs).
 *   So the pairs whose prefixes share a participant hold every accepted pair;
 *   with the rarest participants first, a participant in nearly every forum
 *   seldom falls in a prefix, and the candidates stay close to the answers.
 */
export function candidatePairs(forums: readonly Candidate[], minShared: number, threshold: number): Array<[number, number]> {
  const byLevel = new Map<SystemLevel, number[]>();
  forums.forEach((x, i) => {
    const list = byLevel.get(x.f.systemLevel);
    if (list) list.push(i);
    else byLevel.set(x.f.systemLevel, [i]);
  });
  const pairs: Array<[number, number]> = [];
  const seen = new Int32Array(forums.length).fill(-1);
  /** Files forum `j` under `key`, pairing it (once) with every earlier forum there. */
  const meet = <K>(index: Map<K, number[]>, key: K, j: number) => {
    const list = index.get(key);
    if (!list) {
      index.set(key, [j]);
      return;
    }
    for (const i of list) if (seen[i] !== j) { seen[i] = j; pairs.push([i, j]); }
    list.push(j);
  };
  if (disjointCanPass(minShared, threshold)) {
    for (const members of byLevel.values()) {
      const byArea = new Map<string, number[]>();
      for (const j of members) {
        for (const a of forums[j]!.areas) meet(byArea, a, j);
      }
    }
  } else {
    // participants numbered rarest first (ties by first appearance): one order for every forum
    const count = new Map<string, number>();
    for (const x of forums) for (const p of x.people) count.set(p, (count.get(p) ?? 0) + 1);
    const rank = new Map<string, number>();
    [...count].map(([p, c], first) => ({ p, c, first })).sort((a, b) => a.c - b.c || a.first - b.first).forEach((x, r) => rank.set(x.p, r));
    const floor = 0 < minShared ? Math.ceil(minShared) : 0;
    for (const members of byLevel.values()) {
      const byPerson = new Map<number, number[]>();
      for (const j of members) {
        const people = Int32Array.from(forums[j]!.people, (p) => rank.get(p)!).sort();
        const n = people.length;
        const byJaccard = 0 < threshold ? Math.ceil(n * threshold * (1 - 1e-9)) : 0;
        const alpha = Math.max(1, floor, byJaccard);
        const prefix = n - alpha + 1;
        for (let k = 0; k < prefix; k++) meet(byPerson, people[k]!, j);
      }
    }
  }
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}

/** The rule's own test, for a pair sharing nobody: rejected when 0 < minShared or 0 (the Jaccard) < threshold. */
const disjointCanPass = (minShared: number, threshold: number): boolean => !(0 < minShared) && !(0 < threshold);

/**
 * The pairs of each of `forums` with every other forum sharing a participant
 * with it (a pair sharing nobody cannot pass unless the rule's options are 0),
 * each pair once, earlier forum (snapshot order) first.
 */
function scopedPairs(view: AsOfView, forums: readonly ForumNode[], candidate: (f: ForumNode) => Candidate | null): Array<readonly [Candidate, Candidate]> {
  const made = new Map<string, Candidate | null>();
  const get = (f: ForumNode) => {
    if (!made.has(f.id)) made.set(f.id, candidate(f));
    return made.get(f.id)!;
  };
  const order = view.structure.forumOrder();
  const seen = new Set<string>();
  const pairs: Array<readonly [Candidate, Candidate]> = [];
  for (const f of forums) {
    const x = get(f);
    if (!x) continue;
    for (const p of x.people) {
      for (const id of view.snap.targets(p, 'PARTICIPATES_IN')) {
        const g = id === f.id ? undefined : view.snap.nodeOf('Forum', id);
        const y = g && g.systemLevel === f.systemLevel ? get(g) : null;
        if (!y) continue;
        const [a, b] = order.get(f.id)! < order.get(id)! ? [x, y] : [y, x];
        const key = `${a.f.id} ${b.f.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        pairs.push([a, b]);
      }
    }
  }
  return pairs;
}

/** |a ∩ b|, read from the smaller set. */
function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n;
}

/** Whether two sets have a member in common, read from the smaller. */
function overlaps(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) return true;
  return false;
}
