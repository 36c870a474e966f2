// The map's data as the API sends it (`graph`, `neighbourhood`: MapNode, MapEdge).
// Enum types come from the domain (type-only imports: nothing of zod is bundled).
import type { NodeLabel, Principal, RelType, Severity, Status, SystemLevel } from '../../../schema/enums.ts';

export type { NodeLabel, Principal, RelType, Severity, Status, SystemLevel };

export interface MapNode {
  id: string;
  label: NodeLabel;
  name: string;
  kind: string | null;
  principal: Principal | null;
  /** Status (forums, initiatives) or gap status. */
  status: string | null;
  systemLevel: SystemLevel | null;
  severity: Severity | null;
  plannedStart: string | null;
  startDate: string | null;
  endDate: string | null;
  countyPart: string | null;
}

export interface MapEdge {
  id: string;
  type: RelType;
  source: string;
  target: string;
  role: string | null;
  count: number | null;
  year: number | null;
}

export interface Graph {
  nodes: MapNode[];
  edges: MapEdge[];
  version: number;
}

/** The order the page lists element types in: a Record, so a new type must take its place here. */
const LABEL_RANK: Record<NodeLabel, number> = { Forum: 0, Actor: 1, CareLevel: 2, TargetGroup: 3, Initiative: 4, Gap: 5 };
export const NODE_LABELS: readonly NodeLabel[] = (Object.keys(LABEL_RANK) as NodeLabel[]).sort((a, b) => LABEL_RANK[a] - LABEL_RANK[b]);

/** Labels whose elements have a life span (status and dates). */
export { TEMPORAL } from '../../../schema/map-view.ts';

export type Positions = Record<string, { x: number; y: number }>;
