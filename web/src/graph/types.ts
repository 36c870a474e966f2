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

export const NODE_LABELS: readonly NodeLabel[] = ['Forum', 'Actor', 'CareLevel', 'TargetGroup', 'Initiative', 'Gap'];

/** Labels whose elements have a life span (status and dates). */
export const TEMPORAL: ReadonlySet<NodeLabel> = new Set<NodeLabel>(['Forum', 'Initiative']);

export type Positions = Record<string, { x: number; y: number }>;
