// A read-only link's page (/v/<token>, web/shared.html): the saved view the
// link names, drawn read-only from GET /api/shared/<token> — the server has
// already cut the map down to what the view shows — or, for a link to a
// presentation, its steps one at a time (→/PageDown, ←/PageUp, Esc leaves full screen). No editing, no sign-in,
// no other request: it never calls /graphql.
import type cytoscape from 'cytoscape';
import './styles.css';
import './shared-view.css';
import { savedViewScope } from '../../schema/map-view.ts';
import { drawReadOnly, stepKey, type ShownView } from './graph/read-only-view.ts';
import { LANGS, lang, setLang, type Lang } from './i18n/index.ts';

/** The page's own few words, in both languages. */
const WORDS = {
  sv: {
    note: (date: string | null) => `Skrivskyddad vy${date ? ` · ${date}` : ''}. Delad via länk: den visar bara den sparade vyn.`,
    presentationNote: 'Skrivskyddad presentation, delad via länk. Bläddra med → och ←.',
    other: 'In English',
    gone: 'Länken fungerar inte längre',
    goneText: 'Den kan ha återkallats eller ha gått ut. Be den som delade den om en ny länk.',
    failed: 'Vyn kunde inte läsas in. Försök igen om en stund.',
    map: (name: string, n: number) => `Karta: ${name}, ${n} element`,
    step: (i: number, n: number) => `Steg ${i} av ${n}`,
    previous: '← Föregående',
    next: 'Nästa →',
    fullscreen: 'Helskärm',
  },
  en: {
    note: (date: string | null) => `Read-only view${date ? ` · ${date}` : ''}. Shared by link: it shows only the saved view.`,
    presentationNote: 'Read-only presentation, shared by link. Step through with → and ←.',
    other: 'På svenska',
    gone: 'This link no longer works',
    goneText: 'It may have been revoked or have expired. Ask whoever shared it for a new link.',
    failed: 'The view could not be loaded. Try again in a while.',
    map: (name: string, n: number) => `Map: ${name}, ${n} elements`,
    step: (i: number, n: number) => `Step ${i} of ${n}`,
    previous: '← Previous',
    next: 'Next →',
    fullscreen: 'Full screen',
  },
} satisfies Record<Lang, unknown>;

/** A link to a presentation answers its name and steps, each a caption and its view. */
interface SharedPresentation {
  presentation: { name: string; slides: Array<ShownView & { caption: string }> };
}
type Shared = ShownView | SharedPresentation;

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

interface PageState {
  cy: cytoscape.Core | null;
  /** The presentation's step shown (0-based). */
  step: number;
}

/** A presentation's controls, made only for one (a view's page has no button but the language). */
function stepControls(page: PageState, outcome: Outcome) {
  if (document.getElementById('shared-steps')) return;
  const nav = document.createElement('nav');
  nav.id = 'shared-steps';
  const button = (id: string, onClick: () => void) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.id = id;
    b.addEventListener('click', onClick);
    nav.append(b);
  };
  button('shared-prev', () => go(page, outcome, page.step - 1));
  button('shared-next', () => go(page, outcome, page.step + 1));
  button('shared-fullscreen', () => void document.documentElement.requestFullscreen?.().catch(() => undefined));
  el('shared-lang').before(nav);
}

function go(page: PageState, outcome: Outcome, step: number) {
  if (!outcome.ok || !('presentation' in outcome.shared)) return;
  const last = outcome.shared.presentation.slides.length - 1;
  const next = Math.max(0, Math.min(last, step));
  if (next === page.step) return;
  page.step = next;
  render(outcome, page);
}

function render(outcome: Outcome, page: PageState) {
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
  let shown: ShownView;
  if ('presentation' in shared) {
    const { name, slides } = shared.presentation;
    const slide = slides[page.step]!;
    shown = slide;
    el('shared-title').textContent = name;
    document.title = `${name} – Samverkanskartan`;
    el('shared-note').textContent = w.presentationNote;
    const caption = el('shared-caption');
    caption.hidden = false;
    el('shared-step').textContent = `${w.step(page.step + 1, slides.length)} · ${slide.view.name}`;
    el('shared-caption-text').textContent = slide.caption;
    stepControls(page, outcome);
    el('shared-prev').textContent = w.previous;
    el('shared-next').textContent = w.next;
    el('shared-fullscreen').textContent = w.fullscreen;
    el<HTMLButtonElement>('shared-prev').disabled = page.step === 0;
    el<HTMLButtonElement>('shared-next').disabled = page.step === slides.length - 1;
    document.body.dataset.step = String(page.step);
  } else {
    shown = shared;
    el('shared-title').textContent = shared.view.name;
    document.title = `${shared.view.name} – Samverkanskartan`;
    el('shared-note').textContent = w.note(savedViewScope(shared.view.state).asOf);
  }
  el('shared-map').setAttribute('aria-label', w.map(shown.view.name, shown.nodes.length));
  page.cy = drawReadOnly(el('shared-map'), shown, m, page.cy);
  document.body.dataset.shared = 'ready';
}

async function start() {
  const token = tokenOf(location.pathname);
  const query = new URLSearchParams(location.search);
  if (query.get('lang') === 'en') setLang('en');
  const page: PageState = { cy: null, step: 0 };
  const outcome: Outcome = token ? await load(token) : { ok: false, gone: true };
  // for browser tests: which elements are drawn, and which step
  (window as unknown as { __skShared: object }).__skShared = {
    state: () => document.body.dataset.shared,
    ids: () => page.cy?.nodes().not('.group').map((n) => n.id()) ?? [],
    edgeIds: () => page.cy?.edges().map((e) => e.id()) ?? [],
    step: () => page.step,
  };
  el('shared-lang').addEventListener('click', () => {
    setLang(lang() === 'sv' ? 'en' : 'sv');
    render(outcome, page);
  });
  // a presentation steps with the keyboard; Esc leaves full screen
  document.addEventListener('keydown', (e) => {
    if (!outcome.ok || !('presentation' in outcome.shared) || e.altKey || e.ctrlKey || e.metaKey) return;
    const action = stepKey(e.key);
    if (!action) return;
    if (action === 'leave') {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      return;
    }
    e.preventDefault();
    const last = outcome.shared.presentation.slides.length - 1;
    go(page, outcome, action === 'next' ? page.step + 1 : action === 'previous' ? page.step - 1 : action === 'first' ? 0 : last);
  });
  render(outcome, page);
}

void start();
