// The coverage matrix: areas × (system levels | hand-overs | target groups).
// Each cell answers the same question the matching rule asks (through
// AsOfView), lists the forums and initiatives behind the answer, and reads
// without colour: a state, a count and a sentence.
import type { CareLevelKind, SystemLevel } from '../../schema/domain.ts';
import { findingKey, type Localized, type RuleId } from './catalogue.ts';
import type { CoverageColumns, CoverageRows, CoverageState } from './enums.ts';
import { pairKey, type AnalysisOptions } from './options.ts';
import { detectFindings } from './rules/index.ts';
import type { ReadModel } from '../read-model/read-model.ts';
import { CARE_LEVEL, LEVEL_SHORT, capitalize, formatCount } from './text.ts';
import { AsOfView, type Backing, type Estimate } from './view.ts';

export type { CoverageState };
export type CoverageRowKind = CoverageRows;
export type CoverageColumnKind = CoverageColumns;

export interface CoverageColumn {
  key: string;
  label: Localized;
  systemLevel?: SystemLevel;
  careLevels?: [CareLevelKind, CareLevelKind];
  targetGroupId?: string;
}

export interface CoverageCell {
  column: string;
  state: CoverageState;
  /** How many active forums or initiatives make the cell COVERED. */
  count: number;
  active: string[];
  planned: string[];
  /** Active items that nearly count: a forum only one side attends; an initiative spanning the hand-over. */
  related: string[];
  estimate: Estimate | null;
  /** The finding this cell shows, when its rule fires here. */
  findingKey: string | null;
  /** The cell as words: `Täckt (2)`, `Endast planerat (1)`, `Saknas · 2 311 individer`. */
  text: Localized;
}

export interface CoverageRow {
  areaId: string;
  cells: CoverageCell[];
}

export interface CoverageMatrix {
  asOf: string;
  rowKind: CoverageRowKind;
  columnKind: CoverageColumnKind;
  columns: CoverageColumn[];
  rows: CoverageRow[];
  totals: Record<CoverageState, number>;
  version: number;
  snapshot: ReadModel;
}

export interface CoverageQuery {
  rows: CoverageRowKind;
  columns: CoverageColumnKind;
  asOf: string;
}

const STATE_TEXT: Record<CoverageState, Localized> = {
  COVERED: { sv: 'Täckt', en: 'Covered' },
  PLANNED_ONLY: { sv: 'Endast planerat', en: 'Planned only' },
  NONE: { sv: 'Saknas', en: 'None' },
};

function cell(column: string, b: Backing, estimate: Estimate | null, key: string | null): CoverageCell {
  const state: CoverageState = b.active.length ? 'COVERED' : b.planned.length ? 'PLANNED_ONLY' : 'NONE';
  const n = state === 'COVERED' ? b.active.length : b.planned.length;
  const word = STATE_TEXT[state];
  const text = { sv: state === 'NONE' ? word.sv : `${word.sv} (${n})`, en: state === 'NONE' ? word.en : `${word.en} (${n})` };
  if (estimate) {
    text.sv += ` · ${formatCount(estimate.count, 'sv')} individer`;
    text.en += ` · ${formatCount(estimate.count, 'en')} individuals`;
  }
  return { column, state, count: b.active.length, active: b.active, planned: b.planned, related: b.related, estimate, findingKey: key, text };
}

export function coverageMatrix(snap: ReadModel, q: CoverageQuery, options: AnalysisOptions, today: string): CoverageMatrix {
  const view = new AsOfView(snap, q.asOf, today);
  const areaKind = q.rows === 'MUNICIPALITIES' ? 'MUNICIPALITY' : 'COUNTY_PART';
  const areas = view.actorsOfKind(areaKind);

  // the keys the matching rule reports on this date, so a cell can point at its finding
  const keysOf = (rule: RuleId) => new Set(detectFindings(view, { ...options, onlyRules: [rule], disabledRules: [] }).map((f) => f.key));
  const keyIf = (keys: Set<string>, key: string) => (keys.has(key) ? key : null);

  let columns: CoverageColumn[];
  let cellFor: (areaId: string, col: CoverageColumn) => CoverageCell;
  switch (q.columns) {
    case 'SYSTEM_LEVELS': {
      const keys = keysOf('municipality-level-uncovered');
      columns = (['MACRO', 'MESO', 'MICRO'] as const).map((level) => ({ key: level, label: LEVEL_SHORT[level], systemLevel: level }));
      cellFor = (areaId, col) => cell(col.key, view.levelBacking(areaId, col.systemLevel!), null, keyIf(keys, findingKey('municipality-level-uncovered', areaId, col.key)));
      break;
    }
    case 'HANDOVERS': {
      const keys = keysOf('handover-uncovered');
      const seen = new Set<string>();
      columns = options.handoverPairs.filter((p) => p.a !== p.b && !seen.has(pairKey(p)) && seen.add(pairKey(p))).map((p) => ({
        key: pairKey(p),
        label: { sv: `${capitalize(CARE_LEVEL[p.a].sv)} ↔ ${CARE_LEVEL[p.b].sv}`, en: `${capitalize(CARE_LEVEL[p.a].en)} ↔ ${CARE_LEVEL[p.b].en}` },
        careLevels: [p.a, p.b],
      }));
      cellFor = (areaId, col) => {
        const [a, b] = col.careLevels!;
        return cell(col.key, view.handoverBacking(areaId, { a, b }), null, keyIf(keys, findingKey('handover-uncovered', areaId, col.key)));
      };
      break;
    }
    case 'TARGET_GROUPS': {
      const keys = keysOf('target-group-unserved');
      columns = view.snap.nodes('TargetGroup').map((tg) => ({ key: tg.id, label: { sv: tg.name, en: tg.name }, targetGroupId: tg.id }));
      cellFor = (areaId, col) => cell(col.key, view.targetGroupBacking(areaId, col.key), view.estimate(col.key, areaId) ?? null, keyIf(keys, findingKey('target-group-unserved', areaId, col.key)));
      break;
    }
  }
  const rows = areas.map((a) => ({ areaId: a.id, cells: columns.map((c) => cellFor(a.id, c)) }));
  const totals: Record<CoverageState, number> = { COVERED: 0, PLANNED_ONLY: 0, NONE: 0 };
  for (const r of rows) for (const c of r.cells) totals[c.state]++;
  return { asOf: q.asOf, rowKind: q.rows, columnKind: q.columns, columns, rows, totals, version: snap.version, snapshot: snap };
}
