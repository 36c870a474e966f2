// Single points of connection: the actors and forums through which every
// link between the region side and a municipality passes (articulation
// points separating the two sides in the participation graph).
import type { Draft, Rule } from '../finding.ts';
import { participationGraph, reachFrom } from '../participation.ts';
import { placeName } from '../text.ts';

/**
 * For each municipality: the region side is every actor with principal
 * REGION, the municipality side every actor with principal MUNICIPALITY that
 * is the municipality or part of it. When the sides are linked at all, a node
 * whose removal unlinks them lies on every path, so only the nodes of one
 * shortest path need testing. The municipality itself is not reported as its
 * own single point.
 *
 * The region side is the same for every municipality, so one breadth-first
 * and one depth-first search from it (`reachFrom`, once per date) give every
 * municipality's shortest path and every separation test: linear in the
 * graph, where a search per municipality and per node on its path was not.
 * The answers are those of `pathBetweenSets` (see `reachFrom`). A scoped
 * analysis looks at the municipalities near its scope and at those whose
 * path passes through it (the path is every finding's evidence).
 */
export const singlePointOfConnection: Rule = (view) => {
  const g = participationGraph(view);
  const reach = view.snap.cached(`region-reach|${view.date}|${view.today}`, () =>
    reachFrom(g, view.snap.nodes('Actor').filter((a) => a.principal === 'REGION' && g.hasNode(a.id) && g.degree(a.id) > 0).map((a) => a.id)));
  const out: Draft[] = [];
  if (!reach.sources.length) return out;
  for (const m of view.structure.actorsOfKind('MUNICIPALITY')) {
    const side = new Set([...view.municipalitySide(m.id)].filter((id) => g.hasNode(id) && g.degree(id) > 0));
    if (!side.size) continue;
    const path = reach.pathTo(side);
    if (!path) continue;
    if (view.focus && !view.focus.near.has(m.id) && !path.includes(view.focus.scope)) continue;
    const place = placeName(m);
    for (const x of path) {
      if (x === m.id || !reach.separates(x, side)) continue;
      const node = view.node(x)!;
      const isForum = node.label === 'Forum';
      out.push({
        keyParts: [x, m.id],
        title: {
          sv: `”${node.name}” är enda länken mellan regionen och ${place}`,
          en: `“${node.name}” is the only link between the region and ${place}`,
        },
        explanation: isForum
          ? {
            sv: `Varje förbindelse mellan regionen och ${place} genom aktiva forum går via forumet ”${node.name}”. Upphör det förlorar kommunen sin kontakt med regionen.`,
            en: `Every link between the region and ${place} through active forums passes through the forum “${node.name}”. Should it end, the municipality loses its contact with the region.`,
          }
          : {
            sv: `Varje förbindelse mellan regionen och ${place} genom aktiva forum går via aktören ”${node.name}”. Lämnar den förlorar kommunen sin kontakt med regionen.`,
            en: `Every link between the region and ${place} through active forums passes through the actor “${node.name}”. Should it leave, the municipality loses its contact with the region.`,
          },
        scope: { kind: isForum ? 'FORUM' : 'ACTOR', ids: [x, m.id] },
        evidence: [x, m.id, ...path],
        areas: [m.id],
        between: [...view.regionsAbove(m.id), m.id, ...(isForum ? [] : [x])],
      });
    }
  }
  return out;
};
