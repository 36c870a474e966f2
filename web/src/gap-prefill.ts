// A gap recorded from where it is seen (#17): what the new-gap form opens
// with when started from a selected element's details, a detected finding or
// a coverage cell. Whom it lies between (BETWEEN: actors, areas and care
// levels), the target groups it affects (AFFECTS) and the forums and
// initiatives that address it (ADDRESSES), as the source implies. Pure.
import type { CreatePrefill, Detail, PendingLink } from './details-changes.ts';
import type { CoverageCell, CoverageMatrix } from './graph/coverage.ts';
import type { Finding } from './graph/gaps.ts';
import type { MapNode } from './graph/types.ts';

type Named = { id: string; name: string; label?: string; principal?: string | null };

const link = (n: Named): PendingLink => ({ id: n.id, name: n.name, principal: n.principal ?? null });
const refs = (v: unknown): Named[] => (Array.isArray(v) ? (v as Named[]) : []);
/** Each element once, in order. */
const once = (list: Named[]): PendingLink[] => [...new Map(list.map((n) => [n.id, link(n)])).values()];
const BETWEEN_LABELS = new Set(['Actor', 'CareLevel']);

/**
 * From an element's details: a forum or initiative addresses the gap, which
 * lies between the care levels it spans and the areas it covers and affects
 * its target groups; an actor or care level is what the gap lies between; a
 * target group is what it affects.
 */
export function gapFromDetail(d: Detail): CreatePrefill {
  const from = d.name;
  switch (d.label) {
    case 'Forum':
    case 'Initiative':
      return {
        from,
        links: {
          addressedBy: [link(d)],
          between: once([...refs(d.careLevels), ...refs(d.areas)]),
          affects: once(refs(d.targetGroups)),
        },
      };
    case 'Actor':
    case 'CareLevel':
      return { from, links: { between: [link({ ...d, principal: (d.principal as string | undefined) ?? null })] } };
    case 'TargetGroup':
      return { from, links: { affects: [link(d)] } };
    default:
      return { from };
  }
}

/**
 * From a detected finding: its title, kind, severity and explanation, the
 * elements it lies between (and its areas), the target groups it affects, and
 * the forums and initiatives planned that would address it.
 */
export function gapFromFinding(f: Finding, lang: 'sv' | 'en'): CreatePrefill {
  return {
    from: f.title[lang],
    values: { name: f.title[lang], kind: f.kind, severity: f.severity, evidence: f.explanation[lang] },
    links: {
      between: once([...f.between, ...f.areas].filter((r) => BETWEEN_LABELS.has(r.label))),
      affects: once(f.affects.filter((r) => r.label === 'TargetGroup')),
      addressedBy: once(f.remedies.filter((r) => r.label === 'Forum' || r.label === 'Initiative')),
    },
  };
}

/**
 * From a coverage cell: the row's area is what the gap lies between, with
 * the two care levels of a hand-over column (`EMERGENCY~PRIMARY_CARE`: the
 * care levels of those kinds) or affecting a target-group column's group.
 */
export function gapFromCell(area: { id: string; name: string }, column: CoverageMatrix['columns'][number], cell: Pick<CoverageCell, 'text'>, nodes: readonly MapNode[], lang: 'sv' | 'en'): CreatePrefill {
  const between: Named[] = [nodes.find((n) => n.id === area.id) ?? area];
  const affects: Named[] = [];
  const tg = nodes.find((n) => n.id === column.key && n.label === 'TargetGroup');
  if (tg) affects.push(tg);
  const kinds = column.key.includes('~') ? column.key.split('~') : [];
  for (const k of kinds) between.push(...nodes.filter((n) => n.label === 'CareLevel' && n.kind === k));
  const where = `${area.name} × ${column.label[lang]}`;
  return {
    from: where,
    values: { evidence: `${where}: ${cell.text[lang]}`, ...(kinds.length ? { kind: 'HANDOVER' } : {}) },
    links: { between: once(between), affects: once(affects) },
  };
}
