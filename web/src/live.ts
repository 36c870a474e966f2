// Live updates on the page: every open page subscribes to `mapChanged` over
// a WebSocket at /graphql (graphql-ws; the session cookie signs it in) and,
// when someone else changes the map, brings it up to date without a reload
// and says in a polite live region who changed what. When the changes only
// changed nodes' properties, those nodes alone are read (`mapNodes`) and
// patched in; otherwise the map is read again as one document (GET /api/map,
// one per store version on the server). The selection, filters, zoom and an
// open form are the page's own and stay.
// A dropped socket is opened again with a growing wait, and the map is read
// again then, since events may have been missed meanwhile.
import { createClient, type Client } from 'graphql-ws/client';
import { ownWrites } from './api.ts';
import { changedNodeIds } from './graph/patch.ts';
import type { Messages } from './i18n/index.ts';
import { t } from './i18n/index.ts';
import { MAP_CHANGED, type ResultOf } from './queries.ts';
import type { MapStore } from './store.ts';

export type MapChange = ResultOf<typeof MAP_CHANGED>['mapChanged'];
export type ChangeSummary = MapChange['changes'][number];

/** How long after this page's own write a change by the same person counts as this page's (the event follows the write within about half a second). */
const OWN_WINDOW_MS = 3_000;
/** The longest wait between attempts to open the socket again. */
const MAX_WAIT_MS = 30_000;

/** The wait before attempt `attempt` (0, 1, 2 …) to reconnect: 1 s, 2 s, 4 s … up to 30 s, less up to a quarter at random so that pages do not all come back at once. */
export function retryDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(MAX_WAIT_MS, 1_000 * 2 ** Math.max(0, attempt));
  return Math.round(base * (1 - 0.25 * random()));
}

/**
 * The changes of an event this page did not make itself: anyone else's, and
 * the same person's when this page has not written lately (the same person in
 * another page or tab). `me` is null when the server has no sign-in.
 */
export function othersChanges(event: MapChange, me: string | null, ownWrite: boolean): ChangeSummary[] {
  return event.changes.filter((c) => !(ownWrite && (me === null || c.by === me)));
}

/** Whether an event without its list (too many changes, or missed events) came from someone else. */
function othersInBulk(event: MapChange, me: string | null, ownWrite: boolean): string[] {
  return event.by.filter((id) => !(ownWrite && (me === null || id === me)));
}

/**
 * What the live region says about changes others made: per person, the first
 * change by name ("Anna Lind ändrade ”Lokal samverkan Vindeln”") and how many
 * more; for an event that lists none, how many changes each made.
 */
export function describeChanges(event: MapChange, others: readonly ChangeSummary[], m: Messages, nameOf: (id: string) => string | undefined, bulk: readonly string[] = []): string {
  const who = (id: string) => event.byNames[event.by.indexOf(id)] ?? id;
  if (!event.changes.length) return bulk.length ? m.live.many(m.live.people(bulk.map(who)), event.count) : '';
  const byPerson = new Map<string, ChangeSummary[]>();
  for (const c of others) byPerson.set(c.by, [...(byPerson.get(c.by) ?? []), c]);
  const parts: string[] = [];
  for (const [id, changes] of byPerson) {
    const first = changes[0]!;
    const name = (x: string | null | undefined) => (x ? (nameOf(x) ?? x) : '?');
    const whoName = who(id);
    let text: string;
    if (first.op === 'link') text = m.live.linked(whoName, name(first.from), name(first.to));
    else if (first.op === 'unlink') text = m.live.unlinked(whoName, name(first.from), name(first.to));
    else {
      const what = first.name ?? name(first.id);
      text = first.op === 'create' ? m.live.created(whoName, what) : first.op === 'delete' ? m.live.deleted(whoName, what) : m.live.changed(whoName, what);
    }
    parts.push(changes.length > 1 ? text + m.live.andMore(changes.length - 1) : text);
  }
  return parts.join('. ');
}

/** What the page shows of the live updates: the last news of others' changes, and whether the socket is down. */
export const live = {
  news: null as { text: string; at: number } | null,
  reconnecting: false,
};

/**
 * Subscribes this page while it shows a map (signed in), and ends the
 * subscription when it no longer does (signed out). Returns a stop function.
 */
export function startLive(store: MapStore): () => void {
  let client: Client | null = null;
  let stopSub: (() => void) | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let attempt = 0;
  /** Whose socket this is: a new sign-in opens a new one. */
  let as: string | null | undefined;
  let connectedBefore = false;

  const url = new URL('/graphql', location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';

  /** Brings the map up to date: the changed nodes alone when only their properties changed, else the whole map (store.catchUp, one at a time). */
  const catchUp = (ids: string[] | null, version: number) => void store.catchUp(ids, version).catch(() => {});

  const onEvent = (event: MapChange) => {
    if (event.missed) catchUp(null, Infinity);
    else if (event.version > store.graph.version) catchUp(changedNodeIds(event.changes), event.version);
    const me = store.auth?.user?.id ?? null;
    const ownWrite = ownWrites.inFlight > 0 || Date.now() - ownWrites.lastAt < OWN_WINDOW_MS;
    const others = othersChanges(event, me, ownWrite);
    const bulk = event.changes.length ? [] : othersInBulk(event, me, ownWrite);
    const text = describeChanges(event, others, t(), (id) => store.byId.get(id)?.name, bulk);
    if (!text) return;
    live.news = { text, at: Date.now() };
    store.notify();
  };

  const close = () => {
    stopSub?.();
    stopSub = null;
    void client?.dispose();
    client = null;
    if (retryTimer) clearTimeout(retryTimer);
    retryTimer = null;
  };

  const setReconnecting = (v: boolean) => {
    if (live.reconnecting === v) return;
    live.reconnecting = v;
    store.notify();
  };

  /** The subscription ended (the socket gave up, or the server ended it): open it again after a wait. */
  const retry = () => {
    close();
    setReconnecting(true);
    retryTimer = setTimeout(open, retryDelay(attempt++));
  };

  function open() {
    retryTimer = null;
    client = createClient({
      url: url.toString(),
      // the client's own retries, with the same waits; past them `retry` starts afresh
      retryAttempts: 5,
      retryWait: (n) => new Promise((r) => setTimeout(r, retryDelay(n))),
      shouldRetry: () => true,
      // a ping now and then notices a socket that died quietly
      keepAlive: 20_000,
      on: {
        connected: () => {
          attempt = 0;
          setReconnecting(false);
          // back after a drop: what changed meanwhile was not heard
          if (connectedBefore) catchUp(null, Infinity);
          connectedBefore = true;
        },
        closed: () => {
          if (client) setReconnecting(true);
        },
      },
    });
    stopSub = client.subscribe<ResultOf<typeof MAP_CHANGED>>(
      { query: MAP_CHANGED },
      {
        next: (r) => {
          if (r.data) onEvent(r.data.mapChanged);
        },
        error: retry,
        complete: retry,
      },
    );
  }

  const follow = () => {
    const showing = !store.loading && !store.loadError && !store.needsSignIn;
    const user = store.auth?.user?.id ?? null;
    if (showing && (as === undefined || as !== user || (!client && !retryTimer))) {
      close();
      as = user;
      attempt = 0;
      open();
    } else if (!showing && !store.loading && (client || retryTimer)) {
      close();
      as = undefined;
      connectedBefore = false;
      setReconnecting(false);
    }
  };
  const unsubscribe = store.subscribe(follow);
  follow();
  return () => {
    unsubscribe();
    close();
  };
}
