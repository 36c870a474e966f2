// The analysis worker thread: it holds a replica of the app's read model,
// kept current by the messages the main thread sends (a load in chunks, then
// the change-log entries the main model applied), and runs analysis jobs on
// it, so no request on the event loop waits behind an analysis.
import { parentPort } from 'node:worker_threads';
import { isDomainError } from '../errors.ts';
import { ReadModel } from '../read-model/read-model.ts';
import { runJob } from './jobs.ts';
import type { FromWorker, ToWorker } from './worker-client.ts';

const port = parentPort!;

/** Items per part: a part is read on the main thread in one task, so it stays a few milliseconds. */
const PART_ITEMS = 250;

/**
 * Sends the long lists of an answer (a national analysis's findings, its
 * comparison's lists) ahead of it in parts, and empties them in the answer:
 * the main thread reads each part in its own task, never 14 MB in one.
 */
function sendLongListsInParts(id: number, result: Record<string, unknown>): void {
  const send = (holder: Record<string, unknown>, path: string[]) => {
    const key = path.at(-1)!;
    const list = holder[key] as unknown[];
    if (list.length <= PART_ITEMS) return;
    for (let i = 0; i < list.length; i += PART_ITEMS) port.postMessage({ type: 'part', id, path, items: list.slice(i, i + PART_ITEMS) } satisfies FromWorker);
    holder[key] = []; // the answer's own object: the list itself may be one a memo holds
  };
  for (const [k, v] of Object.entries(result)) {
    if (Array.isArray(v)) send(result, [k]);
    else if (v && typeof v === 'object') for (const [k2, v2] of Object.entries(v)) if (Array.isArray(v2)) send(v as Record<string, unknown>, [k, k2]);
  }
}
let model: ReadModel | null = null;
/** The model being loaded, in parts; it answers jobs only once whole. */
let loading: ReadModel | null = null;

port.on('message', (m: ToWorker) => {
  switch (m.type) {
    case 'load-begin':
      loading = new ReadModel({ nodes: [], edges: [] }, m.version, m.seq);
      return;
    case 'load-part':
      // each part taken in as it comes: its messages' copies are garbage before the next arrives
      loading!.add(m);
      return;
    case 'load-end':
      model = loading;
      loading = null;
      return;
    case 'apply':
      model!.apply(m.entries, m.version);
      return;
    case 'job': {
      let reply: FromWorker;
      const transfer: ArrayBuffer[] = [];
      try {
        model!.apply([], m.version);
        const result = runJob(model!, m.job);
        if (result instanceof Uint8Array) transfer.push(result.buffer as ArrayBuffer);
        else sendLongListsInParts(m.id, result as unknown as Record<string, unknown>);
        reply = { type: 'done', id: m.id, result };
      } catch (e) {
        reply = {
          type: 'failed', id: m.id,
          error: isDomainError(e)
            ? { code: e.code, message: e.message, fields: e.fields, details: e.details }
            : { code: 'INTERNAL', message: e instanceof Error ? e.stack ?? e.message : String(e) },
        };
      }
      port.postMessage(reply, transfer);
    }
  }
});
