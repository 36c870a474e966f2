// The page's own search of the names it holds (#16: search at country scale):
// hits are listed as the person types, from the map the page already has,
// and the API's full-text search (which reads descriptions and evidence too)
// answers after a pause and takes their place. The stores' own rule
// (schema/search.ts: folding, needles, points), so a name is found here
// exactly when the API would find it by its name. Pure.
import { MATCH_KINDS, SEARCH_FIELDS, searchTerms, searchWords } from '../../../schema/search.ts';
import type { MapNode } from './types.ts';

/** What a match in the name weighs (the stores' SEARCH_FIELDS): the points are the API's own for a name. */
const NAME_WEIGHT = SEARCH_FIELDS.find((f) => f.field === 'name')!.weight;
const POINTS = Object.fromEntries(MATCH_KINDS.map((k) => [k.needle, k.points])) as Record<(typeof MATCH_KINDS)[number]['needle'], number>;

export interface NameHit {
  score: number;
  node: { id: string; label: string; name: string };
}

interface Entry {
  node: MapNode;
  /** The name's words folded, each between single spaces (" lokal samverkan vindeln "). */
  copy: string;
}

const collator = new Intl.Collator('sv');

/** Listed before: more points, then the name in Swedish order, then the id. */
const before = (a: { e: Entry; score: number }, b: { e: Entry; score: number }): boolean =>
  a.score !== b.score ? a.score > b.score : (collator.compare(a.e.node.name ?? '', b.e.node.name ?? '') || (a.e.node.id < b.e.node.id ? -1 : a.e.node.id > b.e.node.id ? 1 : 0)) < 0;

/**
 * The names of a map, folded once. `previous`: the index of the map before
 * (a patched map has mostly the same node objects), whose folded names are
 * taken for the nodes that are the same object.
 */
export class NameIndex {
  private readonly entries: Entry[];

  constructor(readonly nodes: readonly MapNode[], previous?: NameIndex | null) {
    const known = new Map<MapNode, string>();
    if (previous) for (const e of previous.entries) known.set(e.node, e.copy);
    this.entries = nodes.map((node) => {
      let copy = known.get(node);
      if (copy === undefined) {
        const words = searchWords(node.name ?? '');
        copy = words.length ? ` ${words.join(' ')} ` : '';
      }
      return { node, copy };
    });
  }

  /**
   * The nodes whose names hold every word of the text, best first: per word
   * the best of a whole word (3 points), the start of a word (2) or inside a
   * word (1; only words of MIN_INSIDE letters or more), summed, times the
   * name's weight; ties in Swedish order of names. At most `limit`.
   */
  search(text: string, limit: number): NameHit[] {
    const terms = searchTerms(text);
    if (!terms.length || limit <= 0) return [];
    // the best `limit` kept in order as they are found: a short text matches thousands of names, too many to sort by name
    const best: Array<{ e: Entry; score: number }> = [];
    for (const e of this.entries) {
      let score = 0;
      for (const t of terms) {
        const c = e.copy;
        const points = c.includes(t.whole) ? POINTS.whole : c.includes(t.start) ? POINTS.start : c.includes(t.inside) ? POINTS.inside : 0;
        if (!points) {
          score = 0;
          break;
        }
        score += points;
      }
      if (!score) continue;
      const hit = { e, score: score * NAME_WEIGHT };
      if (best.length === limit && before(best[limit - 1]!, hit)) continue;
      let at = best.length;
      while (at > 0 && before(hit, best[at - 1]!)) at--;
      best.splice(at, 0, hit);
      if (best.length > limit) best.pop();
    }
    return best.map(({ e, score }) => ({ score, node: { id: e.node.id, label: e.node.label, name: e.node.name } }));
  }
}
