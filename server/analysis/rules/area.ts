// Rules about areas: what each municipality (or county part) lacks that the
// region and the municipality should have together.
import type { Draft, Rule, ScopeKind } from '../finding.ts';
import { pairKey } from '../options.ts';
import { CARE_LEVEL, LEVEL, capitalize, formatCount, namesOf, placeName } from '../text.ts';
import type { AsOfView, Backing } from '../view.ts';

/** " Planerat: ”X”." and the like, for whatever lists are non-empty. */
function tail(view: AsOfView, parts: Array<[ids: string[], sv: string, en: string]>): { sv: string; en: string } {
  let sv = '';
  let en = '';
  for (const [ids, labelSv, labelEn] of parts) {
    if (!ids.length) continue;
    const nodes = ids.map((id) => view.node(id));
    sv += ` ${labelSv}: ${namesOf(nodes, 'sv')}.`;
    en += ` ${labelEn}: ${namesOf(nodes, 'en')}.`;
  }
  return { sv, en };
}

const plannedTail = (view: AsOfView, b: Backing, relatedSv: string, relatedEn: string) =>
  tail(view, [
    [b.planned, 'Planerat, som skulle täcka luckan när det startar', 'Planned, would close it once started'],
    [b.related, relatedSv, relatedEn],
  ]);

/**
 * Every municipality should share an active forum with the region at each
 * system level: one covering the municipality (directly, through its county
 * part or the region) in which both the region side (principal REGION) and
 * the municipality side (principal MUNICIPALITY: the municipality or part of
 * it) take part.
 */
export const municipalityLevelUncovered: Rule = (view, options) => {
  const out: Draft[] = [];
  for (const m of view.actorsOfKind('MUNICIPALITY')) {
    if (!view.checksArea(m.id)) continue;
    const place = placeName(m);
    for (const level of options.systemLevels) {
      const b = view.levelBacking(m.id, level);
      if (b.active.length) continue;
      const t = plannedTail(view, b, 'Aktivt på nivån men bara en sida deltar', 'Active at this level but attended by one side only');
      const regions = view.regionsAbove(m.id);
      out.push({
        keyParts: [m.id, level],
        title: {
          sv: `Inget gemensamt forum på ${LEVEL[level].sv} i ${place}`,
          en: `No shared forum at ${LEVEL[level].en} in ${place}`,
        },
        explanation: {
          sv: `Inget aktivt forum på ${LEVEL[level].sv} som omfattar ${place} har deltagare från både regionen och kommunen.${t.sv}`,
          en: `No active forum at ${LEVEL[level].en} covering ${place} has participants from both the region and the municipality.${t.en}`,
        },
        scope: { kind: 'MUNICIPALITY', ids: [m.id] },
        evidence: [m.id, ...b.related],
        between: [...regions, m.id],
        remedies: b.planned,
      });
    }
  }
  return out;
};

/**
 * Every configured hand-over pair should be spanned, in every municipality
 * (or county part, by option), by an active forum spanning both care levels
 * and covering the area. Pairs whose care levels are not on the map are skipped.
 */
export const handoverUncovered: Rule = (view, options) => {
  const out: Draft[] = [];
  const kind: ScopeKind & ('MUNICIPALITY' | 'COUNTY_PART') = options.handoverArea === 'COUNTY_PARTS' ? 'COUNTY_PART' : 'MUNICIPALITY';
  const areas = view.actorsOfKind(kind);
  const seen = new Set<string>();
  for (const pair of options.handoverPairs) {
    const pk = pairKey(pair);
    if (seen.has(pk) || pair.a === pair.b) continue;
    seen.add(pk);
    const [levelsA, levelsB] = [view.careLevelsOfKind(pair.a), view.careLevelsOfKind(pair.b)];
    if (!levelsA.length || !levelsB.length) continue;
    const levels = [...levelsA, ...levelsB];
    const [a, b] = [CARE_LEVEL[pair.a], CARE_LEVEL[pair.b]];
    // the care levels are the findings' evidence: scoped to one of them, every area is looked at
    const everyArea = levels.some((id) => view.focusesOn(id));
    for (const area of areas) {
      if (!everyArea && !view.checksArea(area.id)) continue;
      const place = placeName(area);
      const backing = view.handoverBacking(area.id, pair);
      if (backing.active.length) continue;
      const t = plannedTail(view, backing, 'Initiativ som spänner över båda vårdnivåerna', 'Initiatives spanning both care levels');
      out.push({
        keyParts: [area.id, pk],
        title: {
          sv: `Inget forum för överlämning mellan ${a.sv} och ${b.sv} i ${place}`,
          en: `No forum for the hand-over between ${a.en} and ${b.en} in ${place}`,
        },
        explanation: {
          sv: `${capitalize(a.sv)} och ${b.sv} lämnar över patienter till varandra, men inget aktivt forum som omfattar ${place} spänner över båda vårdnivåerna.${t.sv}`,
          en: `${capitalize(a.en)} and ${b.en} hand patients over to each other, but no active forum covering ${place} spans both care levels.${t.en}`,
        },
        scope: { kind, ids: [area.id] },
        evidence: [area.id, ...levels],
        between: levels,
        remedies: backing.planned,
      });
    }
  }
  return out;
};

/**
 * A target group with an estimated population (count > 0) in a municipality
 * should be served there by an active forum or initiative covering the
 * municipality. A county part's own estimate counts only when none of its
 * municipalities has one for the group (its total would repeat theirs).
 */
export const targetGroupUnserved: Rule = (view) => {
  const out: Draft[] = [];
  for (const tg of view.snap.nodes('TargetGroup')) {
    // the target group is the findings' evidence: scoped to it, every area is looked at
    const everyArea = view.focusesOn(tg.id);
    if (!everyArea && view.focus && !view.focus.areas.size) continue;
    const areas = new Set(view.snap.targets(tg.id, 'ESTIMATE'));
    for (const areaId of areas) {
      if (!everyArea && !view.checksArea(areaId)) continue;
      const area = view.snap.nodeOf('Actor', areaId);
      if (!area) continue;
      if (area.kind === 'COUNTY_PART') {
        // does the estimate of one of its parts exist? (read from the smaller side: linear in the hierarchy)
        const within = view.descendants(areaId);
        if (within.size <= areas.size ? [...within].some((d) => areas.has(d)) : [...areas].some((other) => within.has(other))) continue;
      } else if (area.kind !== 'MUNICIPALITY') continue;
      const est = view.estimate(tg.id, areaId);
      if (!est || est.count <= 0) continue;
      const backing = view.targetGroupBacking(areaId, tg.id);
      if (backing.active.length) continue;
      const place = placeName(area);
      const t = plannedTail(view, backing, '', '');
      const nSv = formatCount(est.count, 'sv');
      const nEn = formatCount(est.count, 'en');
      out.push({
        keyParts: [areaId, tg.id],
        title: {
          sv: `”${tg.name}” saknar forum och initiativ i ${place} (${nSv} individer)`,
          en: `“${tg.name}” has no forum or initiative in ${place} (${nEn} individuals)`,
        },
        explanation: {
          sv: `Målgruppen ”${tg.name}” uppskattas till ${nSv} individer i ${place} (${est.year}, källa: ${est.source}), men inget aktivt forum eller initiativ som omfattar ${place} riktar sig till den.${t.sv}`,
          en: `The target group “${tg.name}” is estimated at ${nEn} individuals in ${place} (${est.year}, source: ${est.source}), but no active forum or initiative covering ${place} serves it.${t.en}`,
        },
        scope: { kind: area.kind === 'COUNTY_PART' ? 'COUNTY_PART' : 'MUNICIPALITY', ids: [areaId] },
        evidence: [tg.id, areaId],
        between: [...view.regionsAbove(areaId), areaId],
        affects: [tg.id],
        remedies: backing.planned,
        estimate: { ...est, targetGroupId: tg.id, areaId },
      });
    }
  }
  return out;
};
