// Near-duplicate forums: candidates for consolidation (the directive asks for
// lower costs as well as better collaboration).
import type { Draft, Rule } from '../finding.ts';
import { namesOf } from '../text.ts';
import { covered } from './forum.ts';

/**
 * Two forums, each active or planned on the date, at the same system level,
 * whose areas overlap (one covers an area the other covers, counting what is
 * part of each area), sharing at least `nearDuplicateMinShared` participants
 * with a Jaccard overlap |A∩B| / |A∪B| at or above `nearDuplicateThreshold`.
 */
export const nearDuplicateForums: Rule = (view, options) => {
  const forums = view.forums()
    .filter((f) => view.isActive(f.id) || view.isPlanned(f.id))
    .map((f) => ({ f, people: new Set(view.participants(f.id)), areas: view.areasOf(f.id) }))
    .filter((x) => x.people.size > 0 && x.areas.size > 0);
  const out: Draft[] = [];
  for (let i = 0; i < forums.length; i++) {
    for (let j = i + 1; j < forums.length; j++) {
      const [x, y] = [forums[i]!, forums[j]!];
      if (x.f.systemLevel !== y.f.systemLevel) continue;
      if (![...x.areas].some((a) => y.areas.has(a))) continue;
      const shared = [...x.people].filter((p) => y.people.has(p));
      const jaccard = shared.length / (x.people.size + y.people.size - shared.length);
      if (shared.length < options.nearDuplicateMinShared || jaccard < options.nearDuplicateThreshold) continue;
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
  }
  return out;
};
