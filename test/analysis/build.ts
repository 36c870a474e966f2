// Small graphs for the analysis tests, written as changes and applied to a
// real in-memory SQLite store (never a mock): a county with one county part,
// two municipalities, a health centre and municipal home care, plus whatever
// each test adds.
import type { Change, EdgeProps, NodeLabel, RelType } from '../../schema/domain.ts';
import { createAnalysisEngine, type AnalysisEngine, type EngineOptions } from '../../server/analysis/index.ts';
import type { GraphStore } from '../../server/store/port.ts';
import { freshStore } from '../store/test-store.ts';

/** The present in every analysis test. */
export const TODAY = '2025-06-01';

export class GraphBuilder {
  readonly changes: Change[] = [];

  node(label: NodeLabel, id: string, props: Record<string, unknown>): this {
    this.changes.push({ op: 'create', label, id, props: { source: 'illustrative', ...props } });
    return this;
  }

  actor(id: string, name: string, kind: string, principal: string, extra: Record<string, unknown> = {}): this {
    return this.node('Actor', id, { name, kind, principal, ...extra });
  }

  /** An active, mandated, convened-or-not forum: override anything through `props`. */
  forum(id: string, props: Record<string, unknown> = {}): this {
    return this.node('Forum', id, {
      name: id, kind: 'COLLABORATION_GROUP', systemLevel: 'MESO', status: 'ACTIVE', mandate: 'COORDINATES',
      crossesBoundary: true, topLevel: true, ...props,
    });
  }

  careLevel(id: string, kind: string, principal = 'REGION'): this {
    return this.node('CareLevel', id, { name: id, kind, principal });
  }

  link(type: RelType, from: string, to: string, props: Partial<EdgeProps> = {}): this {
    this.changes.push({ op: 'link', type, from, to, props: { source: 'illustrative', ...props } });
    return this;
  }

  /** Actors taking part in a forum. */
  members(forum: string, ...actors: string[]): this {
    for (const a of actors) this.link('PARTICIPATES_IN', a, forum);
    return this;
  }

  /** Covers each area. */
  covers(item: string, ...areas: string[]): this {
    for (const a of areas) this.link('COVERS', item, a);
    return this;
  }
}

/**
 * region ← lansdel ← {umea, vindeln}; hc (health centre, region) part of lansdel;
 * hemtjanst (home care, municipality) part of vindeln.
 */
export function county(): GraphBuilder {
  return new GraphBuilder()
    .actor('region', 'Region Västerbotten', 'REGION', 'REGION')
    .actor('lansdel', 'Umeå länsdel', 'COUNTY_PART', 'REGION', { shortName: 'Umeå länsdel' })
    .actor('umea', 'Umeå kommun', 'MUNICIPALITY', 'MUNICIPALITY', { shortName: 'Umeå' })
    .actor('vindeln', 'Vindelns kommun', 'MUNICIPALITY', 'MUNICIPALITY', { shortName: 'Vindeln' })
    .actor('hc', 'Hälsocentral Vindeln', 'HEALTH_CENTRE', 'REGION')
    .actor('hemsjukvard', 'Hemsjukvård Vindeln', 'HOME_CARE', 'MUNICIPALITY')
    .link('PART_OF', 'lansdel', 'region')
    .link('PART_OF', 'umea', 'lansdel')
    .link('PART_OF', 'vindeln', 'lansdel')
    .link('PART_OF', 'hc', 'lansdel')
    .link('PART_OF', 'hemsjukvard', 'vindeln');
}

export async function openStore(b: GraphBuilder): Promise<GraphStore> {
  const store = await freshStore();
  if (b.changes.length) await store.apply(b.changes, { by: 'test' });
  return store;
}

export async function engineFor(b: GraphBuilder, options: EngineOptions = {}): Promise<{ store: GraphStore; engine: AnalysisEngine }> {
  const store = await openStore(b);
  return { store, engine: createAnalysisEngine(store, { today: () => TODAY, ...options }) };
}
