// Pass 2 of an import: the rows matched against the store (by id, or by
// name when the id is empty), validated as the API validates, and turned
// into one Batch; every problem goes in the report, nothing is written.
import {
  Id, RELATIONSHIPS, edgeId, gapTransitionProblem, idFromName, nameKey, nodeInvariants, nodeProps,
  type Batch, type GapStatus, type EdgeProps, type GraphEdge, type GraphNode, type NodeLabel, type RelType,
} from '../../../schema/domain.ts';
import type { GraphStore } from '../../store/port.ts';
import { edgePropsOf, propsOf, sameProps } from '../../store/shared.ts';
import { explainIssue, svOf } from '../../../schema/messages.ts';
import { Problems } from './report.ts';
import { at, type EdgeRow, type NodeRow } from './read.ts';

const CHUNK = 500;

async function chunked<T>(items: readonly string[], fn: (part: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(...(await fn(items.slice(i, i + CHUNK))));
  return out;
}

export async function resolveNodes(store: GraphStore, rows: NodeRow[], problems: Problems): Promise<Batch['nodes']> {
  const explicit = new Map<string, NodeRow>();
  const byName = new Map<string, NodeRow>(); // label|nameKey
  for (const r of rows) {
    const name = r.values.name;
    if (name === undefined && !r.bad?.has('name')) {
      problems.add(at(r.ctx, r.row, 'name', 'REQUIRED', { message: 'is required', messageSv: 'måste anges' }));
      r.failed = true;
    }
    const idText = r.values.id;
    if (idText !== undefined) {
      const id = String(idText).trim();
      if (!Id.safeParse(id).success) {
        problems.add(at(r.ctx, r.row, 'id', 'INVALID_VALUE', {
          message: `"${id}" is not a valid id: 1–128 characters, lower-case letters, digits, and . _ : - (not first)`,
          messageSv: `"${id}" är inget giltigt id: 1–128 tecken, gemener, siffror och . _ : - (inte först)`,
        }));
        r.failed = true;
      } else {
        const prior = explicit.get(id);
        if (prior) {
          problems.add(at(r.ctx, r.row, 'id', 'DUPLICATE_ROW', {
            message: `The id "${id}" is also on row ${prior.row} of "${prior.ctx.name}"`,
            messageSv: `Id "${id}" finns också på rad ${prior.row} i "${prior.ctx.name}"`,
          }));
          r.failed = true;
        } else {
          explicit.set(id, r);
          r.id = id;
        }
      }
    }
    if (typeof name === 'string' && name.trim()) {
      const k = `${r.label}|${nameKey(name)}`;
      const prior = byName.get(k);
      if (prior) {
        problems.add(at(r.ctx, r.row, 'name', 'DUPLICATE_ROW', {
          message: `The name "${name.trim()}" is also on row ${prior.row} of "${prior.ctx.name}" (names are unique per kind of element; case and spacing do not count)`,
          messageSv: `Namnet "${name.trim()}" finns också på rad ${prior.row} i "${prior.ctx.name}" (namn är unika per slags element; skiftläge och mellanslag räknas inte)`,
        }));
        r.failed = true;
      } else {
        byName.set(k, r);
      }
    }
  }

  // what the store holds under these ids and names
  const storeById = new Map<string, GraphNode>();
  for (const n of await chunked([...explicit.keys()], (ids) => store.getNodes(ids))) if (n) storeById.set(n.id, n);
  const storeByName = new Map<string, GraphNode>();
  const namesByLabel = new Map<NodeLabel, string[]>();
  for (const r of rows) if (typeof r.values.name === 'string') (namesByLabel.get(r.label) ?? namesByLabel.set(r.label, []).get(r.label)!).push(r.values.name);
  for (const [label, names] of namesByLabel) {
    for (const n of await chunked(names, (part) => store.getNodesByName(label, part))) if (n) storeByName.set(`${label}|${nameKey(n.name)}`, n);
  }

  // rows without an id: the stored element of that name, else a new id from the name
  const taken = new Set(explicit.keys());
  const pending: NodeRow[] = [];
  for (const r of rows) {
    if (r.id || r.failed || typeof r.values.name !== 'string') continue;
    const hit = storeByName.get(`${r.label}|${nameKey(r.values.name)}`);
    if (hit && !explicit.has(hit.id)) {
      r.id = hit.id;
      taken.add(hit.id);
      storeById.set(hit.id, hit);
    } else {
      pending.push(r);
    }
  }
  // a new id must not be one the file or the store already uses (a renamed element keeps its old id)
  let round = 0;
  let todo = pending.map((r) => ({ r, base: idFromName(r.label, String(r.values.name)), n: 1 }));
  while (todo.length && round < 20) {
    round += 1;
    const candidate = (t: (typeof todo)[number]) => (t.n === 1 ? t.base : `${t.base}-${t.n}`);
    const inStore = new Set((await chunked(todo.map(candidate), (ids) => store.getNodes(ids))).filter(Boolean).map((n) => n!.id));
    const next: typeof todo = [];
    for (const t of todo) {
      const id = candidate(t);
      if (taken.has(id) || inStore.has(id)) {
        t.n += 1;
        next.push(t);
      } else {
        t.r.id = id;
        taken.add(id);
      }
    }
    todo = next;
  }

  const renamedAway = new Set<string>();
  for (const r of rows) {
    if (!r.id || typeof r.values.name !== 'string') continue;
    const stored = storeById.get(r.id);
    if (stored && nameKey(stored.name) !== nameKey(r.values.name)) renamedAway.add(r.id);
  }

  const out: Batch['nodes'] = [];
  const fresh: Batch['nodes'] = [];
  for (const r of rows) {
    if (!r.id) continue;
    const existing = storeById.get(r.id) ?? null;
    r.existing = existing;
    if (existing && existing.label !== r.label) {
      problems.add(at(r.ctx, r.row, 'id', 'ID_TAKEN', {
        message: `The id "${r.id}" belongs to a ${existing.label} ("${existing.name}"), not a ${r.label}`,
        messageSv: `Id "${r.id}" tillhör ett element av slaget ${existing.label} ("${existing.name}"), inte ${r.label}`,
      }));
      r.failed = true;
      continue;
    }
    if (typeof r.values.name === 'string') {
      const holder = storeByName.get(`${r.label}|${nameKey(r.values.name)}`);
      if (holder && holder.id !== r.id && !renamedAway.has(holder.id)) {
        problems.add(at(r.ctx, r.row, 'name', 'NAME_TAKEN', {
          message: `The name "${r.values.name.trim()}" is already used by "${holder.id}"; leave the id empty to update that element, or choose another name`,
          messageSv: `Namnet "${r.values.name.trim()}" används redan av "${holder.id}"; lämna id tomt för att uppdatera det elementet, eller välj ett annat namn`,
        }));
        r.failed = true;
      }
    }
    // a column the sheet lacks keeps the stored value; an empty cell clears it
    const { id: _id, ...values } = r.values;
    const base = existing ? Object.fromEntries(Object.entries(propsOf(existing)).filter(([k]) => !r.ctx.at.has(k))) : {};
    const merged: Record<string, unknown> = { ...base, ...values };
    const parsed = nodeProps[r.label].safeParse(merged);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? '');
        if (r.bad?.has(key)) continue;
        problems.add(at(r.ctx, r.row, key, issue.code === 'invalid_type' ? 'REQUIRED' : 'INVALID_VALUE', explainIssue(issue, !r.ctx.at.has(key))));
      }
      r.failed = true;
      continue;
    }
    const props = parsed.data as Record<string, unknown>;
    // a recorded gap moves one status at a time, by import as by the API
    const move = existing?.label === 'Gap' && r.label === 'Gap' ? gapTransitionProblem(existing.status, props.status as GapStatus) : null;
    if (move) {
      problems.add(at(r.ctx, r.row, 'status', 'INVALID_VALUE', { message: `A gap ${move.message}`, messageSv: `Ett mellanrum ${move.messageSv}` }));
      r.failed = true;
    }
    for (const p of nodeInvariants(props)) {
      problems.add(at(r.ctx, r.row, String(p.path[0]), 'INVALID_VALUE', { message: p.message, messageSv: svOf(p.message) }));
      r.failed = true;
    }
    if (r.failed || r.bad) continue;
    // unchanged values keep the stored key order, so the store sees no change at all
    const node = { id: r.id, label: r.label, props: existing && sameProps(props, propsOf(existing)) ? propsOf(existing) : props };
    (existing ? out : fresh).push(node);
  }
  // updates first: a renamed element frees its old name before a new one takes it
  return [...out, ...fresh];
}

interface Endpoint {
  id: string;
  label: NodeLabel;
}

export async function resolveEdges(store: GraphStore, rows: EdgeRow[], nodes: NodeRow[], problems: Problems): Promise<Batch['edges']> {
  // what the file itself names
  const fileById = new Map<string, Endpoint>();
  const fileByName = new Map<string, Endpoint>();
  for (const n of nodes) {
    if (!n.id) continue;
    fileById.set(n.id, { id: n.id, label: n.label });
    if (typeof n.values.name === 'string') fileByName.set(`${n.label}|${nameKey(n.values.name)}`, { id: n.id, label: n.label });
  }

  const typeOf = (r: EdgeRow): RelType | null => (r.ctx.def.types!.length === 1 ? r.ctx.def.types![0]! : (r.values.type as RelType | undefined) ?? null);
  const refs = (r: EdgeRow, end: 'from' | 'to') => {
    const v = r.values[end];
    return typeof v === 'string' ? v.trim() : v === undefined ? undefined : String(v);
  };
  // a file names the same few elements over and over: each reference's name key worked out once
  const keys = new Map<string, string>();
  const keyOf = (ref: string) => keys.get(ref) ?? keys.set(ref, nameKey(ref)).get(ref)!;

  // what must come from the store: the references the file does not hold, by id first, then by name those no id found
  const askIds = new Set<string>();
  const askNames = new Map<NodeLabel, Set<string>>();
  /** References already judged, per relationship type and end: a file names the same elements on many rows. */
  const judged = new Map<RelType, { from: Set<string>; to: Set<string> }>();
  for (const r of rows) {
    const type = typeOf(r);
    if (!type) continue;
    const seenOfType = judged.get(type) ?? judged.set(type, { from: new Set(), to: new Set() }).get(type)!;
    for (const end of ['from', 'to'] as const) {
      const ref = refs(r, end);
      if (!ref || fileById.has(ref) || seenOfType[end].has(ref)) continue;
      seenOfType[end].add(ref);
      const labels = RELATIONSHIPS[type][end];
      if (fileByName.size && labels.some((l) => fileByName.has(`${l}|${keyOf(ref)}`))) continue;
      for (const l of labels) (askNames.get(l) ?? askNames.set(l, new Set()).get(l)!).add(ref);
      askIds.add(ref);
    }
  }
  // of an element found by id only its label is needed: read no more of it
  const storeById = new Map<string, NodeLabel>();
  const validIds = [...askIds].filter((ref) => Id.safeParse(ref).success);
  const found = await chunked(validIds, (ids) => store.nodeLabels(ids));
  validIds.forEach((id, i) => {
    if (found[i]) storeById.set(id, found[i]);
  });
  const storeByName = new Map<string, GraphNode>();
  for (const [label, names] of askNames) {
    // a reference found by id is never looked up by name (resolve takes the id first)
    const unfound = [...names].filter((ref) => !storeById.has(ref));
    for (const n of await chunked(unfound, (part) => store.getNodesByName(label, part))) if (n) storeByName.set(`${label}|${nameKey(n.name)}`, n);
  }

  // one endpoint per stored element, however many rows name it
  const storeEnds = new Map<string, Endpoint>();
  const storeEnd = (ref: string): Endpoint | undefined => {
    let e = storeEnds.get(ref);
    if (!e) {
      const label = storeById.get(ref);
      if (label) storeEnds.set(ref, (e = { id: ref, label }));
    }
    return e;
  };
  const resolve = (r: EdgeRow, type: RelType, end: 'from' | 'to'): Endpoint | null => {
    const ref = refs(r, end);
    if (ref === undefined) {
      if (!r.bad?.has(end)) problems.add(at(r.ctx, r.row, end, 'REQUIRED', { message: 'is required', messageSv: 'måste anges' }));
      return null;
    }
    const labels = RELATIONSHIPS[type][end];
    const byId = fileById.get(ref) ?? storeEnd(ref);
    if (byId) {
      if (!labels.includes(byId.label)) {
        problems.add(at(r.ctx, r.row, end, 'WRONG_ENDPOINT', {
          message: `"${ref}" is ${/^[AEIOU]/.test(byId.label) ? 'an' : 'a'} ${byId.label}; ${type} ${end === 'from' ? 'starts at' : 'ends at'} ${labels.join(' or ')}`,
          messageSv: `"${ref}" är av slaget ${byId.label}; ${type} ${end === 'from' ? 'börjar i' : 'slutar i'} ${labels.join(' eller ')}`,
        }));
        return null;
      }
      return byId;
    }
    const k = keyOf(ref);
    const inFile = labels.map((l) => fileByName.get(`${l}|${k}`)).filter((e): e is Endpoint => !!e);
    const hits = inFile.length ? inFile : labels.map((l) => storeByName.get(`${l}|${k}`)).filter((n): n is GraphNode => !!n).map((n) => ({ id: n.id, label: n.label }));
    if (hits.length === 1) return hits[0]!;
    if (hits.length > 1) {
      problems.add(at(r.ctx, r.row, end, 'AMBIGUOUS_REFERENCE', {
        message: `"${ref}" names more than one element (${hits.map((h) => `${h.label} ${h.id}`).join(', ')}); use the id`,
        messageSv: `"${ref}" är namnet på mer än ett element (${hits.map((h) => `${h.label} ${h.id}`).join(', ')}); ange id`,
      }));
      return null;
    }
    problems.add(at(r.ctx, r.row, end, 'UNRESOLVED_REFERENCE', {
      message: `No ${labels.join(' or ')} with the id or name "${ref}", in the file or in the map`,
      messageSv: `Inget element (${labels.join(' eller ')}) med id eller namn "${ref}", varken i filen eller i kartan`,
    }));
    return null;
  };

  type Pending = { r: EdgeRow; type: RelType; from: Endpoint; to: Endpoint; props: Record<string, unknown> };
  const pending: Pending[] = [];
  for (const r of rows) {
    const type = typeOf(r);
    if (!type) {
      if (!r.bad?.has('type')) problems.add(at(r.ctx, r.row, 'type', 'REQUIRED', { message: 'is required', messageSv: 'måste anges' }));
      continue;
    }
    const from = resolve(r, type, 'from');
    const to = resolve(r, type, 'to');
    const props: Record<string, unknown> = {};
    for (const k in r.values) if (k !== 'type' && k !== 'from' && k !== 'to') props[k] = r.values[k];
    if (!from || !to || r.bad) continue;
    if (from.id === to.id) {
      problems.add(at(r.ctx, r.row, 'to', 'INVALID_VALUE', { message: `A ${type} relationship cannot join an element to itself`, messageSv: `En relation av typen ${type} kan inte gå från ett element till sig självt` }));
      continue;
    }
    pending.push({ r, type, from, to, props });
  }

  // a sheet without some property column keeps what the store has for it
  const lacking = new Map<EdgeRow['ctx'], boolean>();
  const lacks = (ctx: EdgeRow['ctx']) => lacking.get(ctx) ?? lacking.set(ctx, ctx.def.columns.some((c) => !['type', 'from', 'to'].includes(c.key) && !ctx.at.has(c.key))).get(ctx)!;
  const partial = pending.filter((p) => lacks(p.r.ctx));
  const storedEdges = new Map<string, GraphEdge>();
  if (partial.length) {
    const ids = [...new Set(partial.flatMap((p) => [p.from.id, p.to.id]))];
    for (const rel of await chunked(ids, (part) => store.related(part, { types: [...new Set(partial.map((p) => p.type))], direction: 'both' }))) storedEdges.set(rel.edge.id, rel.edge);
  }

  const seen = new Map<string, EdgeRow>();
  const out: Batch['edges'] = [];
  for (const p of pending) {
    const { r, type } = p;
    const schema = RELATIONSHIPS[type].props;
    const year = typeof p.props.year === 'number' ? p.props.year : undefined;
    const stored = storedEdges.size ? storedEdges.get(edgeId(type, p.from.id, p.to.id, year)) : undefined;
    const base = stored ? Object.fromEntries(Object.entries(edgePropsOf(stored)).filter(([k]) => !r.ctx.at.has(k))) : {};
    const parsed = schema.safeParse(stored ? { ...base, ...p.props } : p.props);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? '');
        problems.add(at(r.ctx, r.row, key, issue.code === 'invalid_type' ? 'REQUIRED' : 'INVALID_VALUE', explainIssue(issue, !r.ctx.at.has(key))));
      }
      continue;
    }
    const props = parsed.data as EdgeProps;
    const key = edgeId(type, p.from.id, p.to.id, props.year);
    const prior = seen.get(key);
    if (prior) {
      problems.add(at(r.ctx, r.row, null, 'DUPLICATE_ROW', {
        message: `The same relationship is also on row ${prior.row} of "${prior.ctx.name}"`,
        messageSv: `Samma relation finns också på rad ${prior.row} i "${prior.ctx.name}"`,
      }));
      continue;
    }
    seen.set(key, r);
    out.push({ type, from: p.from.id, to: p.to.id, props });
  }
  return out;
}
