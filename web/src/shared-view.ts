// A read-only link's page (/v/<token>, web/shared.html): the saved view the
// link names, drawn read-only from GET /api/shared/<token> — the server has
// already cut the map down to what the view shows. No editing, no sign-in,
// no other request: it never calls /graphql.
import cytoscape from 'cytoscape';
import './styles.css';
import './shared-view.css';
import { savedViewScope, stateOn } from '../../schema/map-view.ts';
import { buildElements, placeAll } from './graph/elements.ts';
import { nodeClasses, nodeText, stylesheet } from './graph/style.ts';
import { todayIso } from './graph/timeline.ts';
import type { Graph, MapNode, Positions } from './graph/types.ts';
import { LANGS, lang, setLang, type Lang } from './i18n/index.ts';

/** The page's own few words, in both languages. */
const WORDS = {
  sv: {
    note: (date: string | null) => `Skrivskyddad vy${date ? ` · ${date}` : ''}. Delad via länk: den visar bara den sparade vyn.`,
    other: 'In English',
    gone: 'Länken fungerar inte längre',
    goneText: 'Den kan ha återkallats eller ha gått ut. Be den som delade den om en ny länk.',
    failed: 'Vyn kunde inte läsas in. Försök igen om en stund.',
    map: (name: string, n: number) => `Karta: ${name}, ${n} element`,
  },
  en: {
    note: (date: string | null) => `Read-only view${date ? ` · ${date}` : ''}. Shared by link: it shows only the saved view.`,
    other: 'På svenska',
    gone: 'This link no longer works',
    goneText: 'It may have been revoked or have expired. Ask whoever shared it for a new link.',
    failed: 'The view could not be loaded. Try again in a while.',
    map: (name: string, n: number) => `Map: ${name}, ${n} elements`,
  },
} satisfies Record<Lang, unknown>;

interface Shared {
  view: { name: string; state: Record<string, unknown> };
  version: number;
  nodes: MapNode[];
  edges: Graph['edges'];
  positions: Record<string, [number, number]>;
}

type Outcome = { ok: true; shared: Shared } | { ok: false; gone: boolean };

/** The token from /v/<token>, or null. */
export function tokenOf(pathname: string): string | null {
  const m = /^\/v\/([A-Za-z0-9_-]{1,200})\/?$/.exec(pathname);
  return m ? m[1]! : null;
}

async function load(token: string): Promise<Outcome> {
  try {
    const res = await fetch(`/api/shared/${encodeURIComponent(token)}`, { credentials: 'omit', referrerPolicy: 'no-referrer', headers: { accept: 'application/json' } });
    if (res.status === 404) return { ok: false, gone: true };
    if (!res.ok) return { ok: false, gone: false };
    return { ok: true, shared: (await res.json()) as Shared };
  } catch {
    return { ok: false, gone: false };
  }
}

const el = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function render(outcome: Outcome, cyRef: { cy: cytoscape.Core | null }) {
  const w = WORDS[lang()];
  const m = LANGS[lang()];
  el('shared-lang').textContent = w.other;
  el('shared-lang').setAttribute('lang', lang() === 'sv' ? 'en' : 'sv');
  if (!outcome.ok) {
    el('shared-title').textContent = outcome.gone ? w.gone : 'Samverkanskartan';
    const note = el('shared-note');
    note.textContent = outcome.gone ? w.goneText : w.failed;
    note.setAttribute('role', 'alert');
    el('shared-map').hidden = true;
    document.body.dataset.shared = outcome.gone ? 'gone' : 'failed';
    return;
  }
  const { shared } = outcome;
  const scope = savedViewScope(shared.view.state);
  const today = todayIso();
  const date = scope.asOf ?? today;
  el('shared-title').textContent = shared.view.name;
  document.title = `${shared.view.name} – Samverkanskartan`;
  el('shared-note').textContent = w.note(scope.asOf);
  el('shared-map').setAttribute('aria-label', w.map(shared.view.name, shared.nodes.length));
  const graph: Graph = { nodes: shared.nodes, edges: shared.edges, version: shared.version };
  const stored: Positions = Object.fromEntries(Object.entries(shared.positions).map(([id, [x, y]]) => [id, { x, y }]));
  const { positions } = placeAll(graph, stored);
  const elements = buildElements(graph, {
    grouping: scope.grouping, positions, messages: m,
    look: (n) => {
      const s = stateOn(n, date, today);
      return { classes: nodeClasses(n, s).join(' '), text: nodeText(n, s, m) };
    },
  });
  cyRef.cy?.destroy();
  cyRef.cy = cytoscape({
    container: el('shared-map'),
    elements,
    style: stylesheet() as never,
    layout: { name: 'preset' },
    minZoom: 0.02,
    maxZoom: 4,
    // read-only: nothing is dragged, selected or changed
    autoungrabify: true,
    autounselectify: true,
    boxSelectionEnabled: false,
  });
  cyRef.cy.fit(undefined, 30);
  document.body.dataset.shared = 'ready';
}

async function start() {
  const token = tokenOf(location.pathname);
  const query = new URLSearchParams(location.search);
  if (query.get('lang') === 'en') setLang('en');
  const cyRef: { cy: cytoscape.Core | null } = { cy: null };
  const outcome: Outcome = token ? await load(token) : { ok: false, gone: true };
  // for browser tests: which elements are drawn
  (window as unknown as { __skShared: object }).__skShared = {
    state: () => document.body.dataset.shared,
    ids: () => cyRef.cy?.nodes().not('.group').map((n) => n.id()) ?? [],
    edgeIds: () => cyRef.cy?.edges().map((e) => e.id()) ?? [],
  };
  el('shared-lang').addEventListener('click', () => {
    setLang(lang() === 'sv' ? 'en' : 'sv');
    render(outcome, cyRef);
  });
  render(outcome, cyRef);
}

void start();
