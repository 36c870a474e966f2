// Gaps on the map: a recorded gap's evidence (itself and what it lies
// between, affects and is addressed by), and the lines detected findings
// draw between the elements they concern.
import type { Graph } from './types.ts';

export interface Ref {
  id: string;
  label: string;
  name: string;
}

/** A detected gap as the analysis API gives it (schema/graphql/analysis.graphql, `Finding`). */
export interface Finding {
  key: string;
  ruleId: string;
  kind: string;
  severity: string;
  title: { sv: string; en: string };
  explanation: { sv: string; en: string };
  evidenceIds: string[];
  scope: { kind: string; ids: string[] };
  between: Ref[];
  affects: Ref[];
  remedies: Ref[];
  areas: Ref[];
  estimate: { count: number; year: number; source: string } | null;
  dismissal: { reason: string; at: string; by: string } | null;
  recordedGap: { id: string; name: string } | null;
}

/** The lines a finding draws: between its elements in order ([region, municipality], [care level, care level]). */
export function findingLines(f: Pick<Finding, 'between' | 'scope'>): Array<[string, string]> {
  const ids = f.between.map((b) => b.id);
  if (ids.length === 1 && f.scope.ids[0] && f.scope.ids[0] !== ids[0]) ids.unshift(f.scope.ids[0]);
  const out: Array<[string, string]> = [];
  for (let i = 1; i < ids.length; i++) out.push([ids[i - 1]!, ids[i]!]);
  return out;
}

/** Every finding's lines, each pair once (many findings lie between the region and one municipality), with how many lie on it. */
export function allFindingLines(findings: readonly Pick<Finding, 'between' | 'scope'>[]): Array<{ from: string; to: string; count: number }> {
  const byPair = new Map<string, { from: string; to: string; count: number }>();
  for (const f of findings) {
    for (const [a, b] of findingLines(f)) {
      const [from, to] = a < b ? [a, b] : [b, a];
      const k = `${from}\u0000${to}`;
      const hit = byPair.get(k);
      if (hit) hit.count++;
      else byPair.set(k, { from, to, count: 1 });
    }
  }
  return [...byPair.values()];
}

/** What a finding's evidence covers on the map: its evidence, scope, ends, target groups and remedies. */
export function findingEvidence(f: Finding): Set<string> {
  return new Set([...f.evidenceIds, ...f.scope.ids, ...f.between.map((b) => b.id), ...f.affects.map((a) => a.id), ...f.remedies.map((r) => r.id)]);
}

/** A recorded gap's evidence: the gap and every element it is tied to (between, affects, addressed by). */
export function recordedGapEvidence(graph: Pick<Graph, 'edges'>, gapId: string): Set<string> {
  const ids = new Set([gapId]);
  for (const e of graph.edges) {
    if (e.source === gapId && (e.type === 'BETWEEN' || e.type === 'AFFECTS')) ids.add(e.target);
    if (e.target === gapId && e.type === 'ADDRESSES') ids.add(e.source);
  }
  return ids;
}
