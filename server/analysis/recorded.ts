// From detected to recorded: promote a finding into a Gap node, dismiss a
// finding with a reason (a document beside the graph, reversible), and move a
// recorded gap through its statuses.
import { createHash } from 'node:crypto';
import {
  GapProps, gapTransitionProblem, GapStatus, type Change, type GapNode, type Severity,
} from '../../schema/domain.ts';
import { DomainError, badInput, conflict, notFound } from '../errors.ts';
import type { GraphStore, WriteContext } from '../store/port.ts';
import { ruleOfKey } from './catalogue.ts';
import type { Dismissal, FindingView } from './gaps.ts';
import type { ReadModel } from '../read-model/read-model.ts';

/** At most `n` UTF-16 units, never half of a surrogate pair (which text validation refuses). */
const cut = (s: string, n: number) => s.slice(0, n).replace(/[\uD800-\uDBFF]$/, '');

/** The document namespace dismissals are stored in, keyed by finding key. */
export const DISMISSALS = 'dismissals';

const keyProblem = (key: string) =>
  badInput(`"${key}" is not a finding key (rule id, then scope ids, separated by "|")`, [
    { path: ['key'], message: 'must be a finding key of a known rule', messageSv: 'måste vara en nyckel till ett fynd från en känd regel' },
  ]);

export async function dismissFinding(store: GraphStore, key: string, reason: string, ctx: WriteContext): Promise<Dismissal> {
  const ruleId = ruleOfKey(key);
  if (!ruleId) throw keyProblem(key);
  const at = ctx.at ?? new Date().toISOString();
  await store.putDoc(DISMISSALS, key, { reason, ruleId, at, by: ctx.by }, { ...ctx, at });
  return { key, ruleId, reason, at, by: ctx.by };
}

/** True when there was a dismissal to remove. */
export async function undismissFinding(store: GraphStore, key: string): Promise<boolean> {
  return store.deleteDoc(DISMISSALS, key);
}

export async function listDismissals(store: GraphStore): Promise<Dismissal[]> {
  const docs = await store.listDocs(DISMISSALS);
  return docs.flatMap((d) => {
    const v = (d.value ?? {}) as Partial<Dismissal>;
    const ruleId = ruleOfKey(d.key);
    if (!ruleId) return [];
    return [{ key: d.key, ruleId, reason: typeof v.reason === 'string' ? v.reason : '', at: typeof v.at === 'string' ? v.at : d.updatedAt, by: typeof v.by === 'string' ? v.by : d.updatedBy }];
  });
}

export interface PromoteOptions {
  severity?: Severity;
  /** The gap's name; the finding's Swedish title when left out. */
  name?: string;
}

/** The id a promoted gap gets: readable rule, stable hash of the key. */
export const promotedGapId = (f: { ruleId: string; key: string }) =>
  `gap-${f.ruleId}-${createHash('sha256').update(f.key).digest('hex').slice(0, 12)}`;

/**
 * Creates, in one atomic write, a Gap with the finding's kind, severity, rule
 * and key, BETWEEN the actors and care levels it lies between and AFFECTING
 * its target groups. A finding is recorded once (CONFLICT after that).
 */
export async function promoteFinding(store: GraphStore, snap: ReadModel, finding: FindingView, asOf: string, opts: PromoteOptions, ctx: WriteContext): Promise<GapNode> {
  const existing = snap.gapForFinding(finding.key);
  if (existing) throw conflict(`The finding is already recorded as gap "${existing.id}"`, { gapId: existing.id, findingKey: finding.key });
  const name = await freeName(store, cut(opts.name ?? finding.title.sv, 200), asOf);
  const source = `analys: ${finding.ruleId} (${asOf})`;
  const parsed = GapProps.safeParse({
    name,
    description: finding.explanation.sv,
    kind: finding.kind,
    severity: opts.severity ?? finding.severity,
    status: 'IDENTIFIED',
    evidence: cut(`${finding.explanation.en}\nRegel/rule: ${finding.ruleId}. Underlag/evidence: ${finding.evidence.join(', ')}`, 10_000),
    ruleId: finding.ruleId,
    findingKey: finding.key,
    source,
  });
  if (!parsed.success) {
    throw badInput(`The finding cannot be recorded as a gap: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
      parsed.error.issues.map((i) => ({ path: i.path.map(String), message: i.message, messageSv: 'fyndet kan inte sparas som ett mellanrum' })));
  }
  const id = promotedGapId(finding);
  const changes: Change[] = [{ op: 'create', label: 'Gap', id, props: parsed.data }];
  for (const b of finding.between) {
    const label = snap.node(b)?.label;
    if (label === 'Actor' || label === 'CareLevel') changes.push({ op: 'link', type: 'BETWEEN', from: id, to: b, props: { source } });
  }
  for (const t of finding.affects) {
    if (snap.node(t)?.label === 'TargetGroup') changes.push({ op: 'link', type: 'AFFECTS', from: id, to: t, props: { source } });
  }
  const result = await store.apply(changes, ctx);
  return result.results[0]!.node as GapNode;
}

/** The name, or the name with the date (then a number) when a gap already has it. */
async function freeName(store: GraphStore, name: string, asOf: string): Promise<string> {
  const candidates = [name, `${cut(name, 186)} (${asOf})`, ...[2, 3, 4, 5, 6, 7, 8, 9].map((n) => `${cut(name, 180)} (${asOf}) ${n}`)];
  const taken = await store.getNodesByName('Gap', candidates);
  const i = taken.findIndex((n) => n === null);
  if (i < 0) throw conflict(`A gap named "${name}" already exists`, { label: 'Gap', name });
  return candidates[i]!;
}


/** Moves a recorded gap to `status`, when `gapTransitionAllowed` permits it. */
export async function transitionGap(store: GraphStore, id: string, status: GapStatus, ctx: WriteContext): Promise<GapNode> {
  const [node] = await store.getNodes([id]);
  if (!node || node.label !== 'Gap') throw notFound(id, 'gap');
  const move = gapTransitionProblem(node.status, status);
  if (move) {
    throw new DomainError('BAD_USER_INPUT', `A gap ${move.message}`, {
      fields: [{ path: ['status'], message: move.message, messageSv: move.messageSv }],
      details: { from: node.status, to: status, allowed: move.allowed },
    });
  }
  if (node.status === status) return node;
  const result = await store.apply([{ op: 'update', id, label: 'Gap', props: { status } }], ctx);
  return result.results[0]!.node as GapNode;
}
