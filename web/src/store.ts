// The page's one source of truth: the graph, the stored positions, the view
// state (mirrored in the URL hash), the selection, findings on display, and
// the undo stack. Components subscribe and render; they change things only
// through the methods here.
import { ApiError, capabilities, fetchMap, gql, toApiError, type Capabilities } from './api.ts';
import { LAYOUT_KEY, placeAll } from './graph/elements.ts';
import { structuredLayout } from './graph/structured-layout.ts';
import type { Finding } from './graph/gaps.ts';
import { FILTER_KEYS, visibleNodes } from './graph/filters.ts';
import { patchNodes, updatedNodeIds } from './graph/patch.ts';
import { planDiff, todayIso, type DayState, type PlanDiff } from './graph/timeline.ts';
import type { CreatePrefill } from './details-changes.ts';
import type { Graph, MapNode, NodeLabel, Positions } from './graph/types.ts';
import type { Before, ChangeInput } from './graph/undo.ts';
import { appliedSteps, historyKey, loadHistory, redoOf, saveHistory, undoOf, type Step, type StoredEntry } from './history.ts';
import { inLang, lang, setLang, t } from './i18n/index.ts';
import { APPLY, ENUMS, LAYOUT, MAP_NODES, SAVE_LAYOUT } from './queries.ts';
import { decodeState, DEFAULT_STATE, encodeState, filterOf, type ViewState } from './state.ts';

export type Enums = Record<string, string[]>;

/** The layouts "Ordna om" offers: the structure (the default) or a force layout (fCoSE). */
export type LayoutKind = 'structured' | 'force';

export interface Toast {
  id: number;
  text: string;
  kind: 'info' | 'error';
}

export interface UndoEntry {
  /** What the change was, in the language of the moment it is shown. */
  label: () => string;
  inverse: ChangeInput[];
  /** The step as applied, so it can be done again after its undo (none: it cannot be redone). */
  steps?: Step[] | null;
}

/** A step undone, to be done again: its changes based on the versions the undo left (history.ts). */
export interface RedoEntry {
  label: () => string;
  steps: Step[];
}

/** What the map highlights for a selected gap or finding: elements, and lines between the elements it concerns. */
export interface Evidence {
  key: string;
  ids: Set<string>;
  /** Finding lines: [from, to, text]. */
  lines: Array<[string, string, string]>;
}

type Listener = () => void;

/** Changing any of these ends the highlighting of a gap's evidence. */
const EVIDENCE_RESET: Array<keyof ViewState> = [...FILTER_KEYS, 'asOf', 'compare', 'focus', 'grouping'];

/** A task boundary: what follows runs in a task of its own. */
const pause = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

export class MapStore {
  state: ViewState = { ...DEFAULT_STATE };
  graph: Graph = { nodes: [], edges: [], version: 0 };
  byId = new Map<string, MapNode>();
  positions: Positions = {};
  enums: Enums = {};
  caps: Capabilities = { queries: new Set(), mutations: new Set() };
  loading = true;
  loadError: ApiError | null = null;
  /** The server's sign-in state (null: a server without sign-in); `needsSignIn` shows the sign-in form. */
  auth: { required: boolean; user: { id: string; name?: string; role?: string; via?: string } | null } | null = null;
  needsSignIn = false;
  toasts: Toast[] = [];
  undoStack: UndoEntry[] = [];
  /** Steps undone, to be done again (#17); kept with the undo stack in this browser across a reload. */
  redoStack: RedoEntry[] = [];
  /** The store's version after the last step of the history (a store older than it is another store). */
  private historyVersion = 0;
  evidence: Evidence | null = null;
  /** A create form asked for from elsewhere (a gap from a finding or a coverage cell): the details panel opens it. */
  createRequest: { label: NodeLabel; prefill: CreatePrefill; n: number } | null = null;
  /** Detected findings loaded by the gap panel, drawn on the map as lines between the elements they concern. */
  findings: Finding[] = [];
  /** Element to draw attention to (search, list), with a counter so the same one can be chosen twice. */
  highlight: { id: string; n: number } | null = null;
  /** Set by the map component: exports and re-layout act on it. */
  /** The map's whole view as SVG (graph/picture.ts), and its actions. */
  mapApi: { drawing(): { svg: string; width: number; height: number; overview?: boolean }; relayout(kind?: LayoutKind): Promise<void>; fit(): void; selectedIds(): string[] } | null = null;
  /** #16: the map shows an overview (aggregated areas, graph/aggregate.ts): set by the map, read by the legend, which then explains its symbols. */
  mapOverview = false;
  /** Milliseconds from navigation start to the first interactive map (measured by the map component). */
  interactiveAt: number | null = null;

  private listeners = new Set<Listener>();
  private visibleCache: { key: string; ids: Set<string>; states: Map<string, DayState> } | null = null;
  private toastSeq = 0;
  private highlightSeq = 0;

  subscribe(l: Listener): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }

  notify(): void {
    for (const l of this.listeners) l();
  }

  // ---- state and URL ----

  readUrl(): void {
    const s = decodeState(location.hash);
    const groupingChanged = s.grouping !== this.state.grouping;
    this.state = s;
    setLang(s.lang);
    if (groupingChanged && !this.loading) void this.loadLayout();
    this.notify();
  }

  setState(patch: Partial<ViewState>): void {
    const before = this.state;
    // a gap's or a cell's highlighted evidence belongs to the view it was chosen in
    if (this.evidence && EVIDENCE_RESET.some((k) => k in patch && patch[k] !== before[k])) this.evidence = null;
    this.state = { ...this.state, ...patch };
    if (patch.lang && patch.lang !== lang()) setLang(patch.lang);
    const hash = encodeState(this.state);
    if (hash !== location.hash.replace(/^#/, '')) history.replaceState(null, '', hash ? `#${hash}` : location.pathname + location.search);
    if (patch.grouping && patch.grouping !== before.grouping) void this.loadLayout();
    this.notify();
  }

  /** The date the map shows. */
  get today(): string {
    return todayIso();
  }

  get date(): string {
    return this.state.asOf ?? this.today;
  }

  get layoutKey(): string {
    return LAYOUT_KEY[this.state.grouping];
  }

  /** What the map shows and each element's state on the date (memoised on graph version and view state). */
  visible(): { ids: Set<string>; states: Map<string, DayState> } {
    const s = this.state;
    const focus = s.focus > 0 && s.selected ? { id: s.selected, depth: s.focus } : null;
    const key = JSON.stringify([this.graph.version, this.graph.nodes.length, filterOf(s), this.date, focus]);
    if (this.visibleCache?.key !== key) {
      this.visibleCache = { key, ...visibleNodes(this.graph, filterOf(s), { date: this.date, today: this.today, focus }) };
    }
    return this.visibleCache;
  }

  diff(): PlanDiff | null {
    if (!this.state.compare) return null;
    return planDiff(this.graph.nodes, this.today, this.state.asOf);
  }

  // ---- loading ----

  async load(): Promise<void> {
    this.loading = true;
    this.loadError = null;
    this.notify();
    try {
      this.auth = await whoAmI();
      this.needsSignIn = !!this.auth?.required && !this.auth.user;
      if (this.needsSignIn) return;
      const [caps, enums, data] = await Promise.all([
        capabilities(),
        gql<Record<string, { enumValues: { name: string }[] } | null>>(ENUMS),
        Promise.all([
          fetchMap(),
          // a server without the map documents still draws a map (computing the layout)
          gql<{ mapLayout: { positions: { id: string; x: number; y: number }[] } | null }>(LAYOUT, { key: this.layoutKey }).catch(() => ({ mapLayout: null })),
        ]).then(([graph, layout]) => ({ graph, mapLayout: layout.mapLayout })),
      ]);
      this.caps = caps;
      this.enums = Object.fromEntries(Object.entries(enums).map(([k, v]) => [k, (v?.enumValues ?? []).map((x) => x.name)]));
      // parsing the map (23 MB at country scale), taking it in and the page's first render of it: three tasks, not one
      await pause();
      this.setGraph(data.graph, data.mapLayout?.positions ?? []);
      // for measurements: the map's data taken in (a large map's overview is worked out in tasks after this one)
      performance.mark('sk-map-data');
      this.restoreHistory();
      await pause();
    } catch (e) {
      this.loadError = toApiError(e);
      if (this.loadError.code === 'UNAUTHENTICATED') this.needsSignIn = true;
    } finally {
      this.loading = false;
      this.notify();
      performance.mark('sk-map-shown');
    }
  }

  /** Signs in with the server's own accounts (a session cookie), then loads the map. Returns an error message or null. */
  async signIn(username: string, password: string): Promise<string | null> {
    const r = await fetch('/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
    if (!r.ok) {
      const body = (await r.json().catch(() => ({}))) as { message?: string; messageSv?: string };
      return (lang() === 'sv' ? body.messageSv : body.message) ?? t().auth.failed;
    }
    this.needsSignIn = false;
    await this.load();
    return null;
  }

  async signOut(): Promise<void> {
    await fetch('/auth/logout', { method: 'POST', headers: { 'x-requested-with': 'samverkanskartan' } });
    await this.load();
  }

  private setGraph(graph: Graph, stored: { id: string; x: number; y: number }[] | Positions): void {
    this.graph = graph;
    this.byId = new Map(graph.nodes.map((n) => [n.id, n]));
    const storedPositions: Positions = Array.isArray(stored) ? Object.fromEntries(stored.map((p) => [p.id, { x: p.x, y: p.y }])) : stored;
    // nothing stored: the structured layout, in this page only; elements the stored layout does not
    // know: beside their neighbours. Neither is saved: only an editor's "Ordna om" or drag saves.
    const nothingStored = Object.keys(storedPositions).length === 0;
    this.positions = nothingStored ? structuredLayout(graph, { grouping: this.state.grouping }) : placeAll(graph, storedPositions).positions;
    this.visibleCache = null;
  }

  async loadLayout(): Promise<void> {
    try {
      const r = await gql<{ mapLayout: { positions: { id: string; x: number; y: number }[] } }>(LAYOUT, { key: this.layoutKey });
      this.setGraph(this.graph, r.mapLayout.positions);
    } catch {
      this.setGraph(this.graph, {});
    }
    this.notify();
  }

  private catchingUp: Promise<void> = Promise.resolve();

  /**
   * Brings the map up to `version` after a change (this page's, or a live
   * update's): when only the properties of the nodes `ids` changed, those
   * nodes alone are read and patched in (graph/patch.ts); otherwise, or when
   * one is gone, the whole map. One catch-up at a time, in order, and none
   * for a version the map already has, so an older answer never takes back a
   * newer map. `version` Infinity: read the whole map whatever it holds.
   */
  catchUp(ids: string[] | null, version: number): Promise<void> {
    const run = async () => {
      if (version <= this.graph.version) return;
      if (ids) {
        // a question that fails reads the whole map instead
        const r = await gql(MAP_NODES, { ids }).catch(() => null);
        const next = r && patchNodes(this.graph, r.mapNodes as Array<MapNode | null>, version);
        if (r && next) {
          this.graph = next;
          for (const n of r.mapNodes) this.byId.set(n!.id, n as MapNode);
          this.visibleCache = null;
          this.notify();
          return;
        }
      }
      await this.reloadGraph();
    };
    this.catchingUp = this.catchingUp.then(run, run);
    return this.catchingUp;
  }

  /** Reloads the graph after a change, keeping every position the map has. */
  async reloadGraph(): Promise<void> {
    const graph = await fetchMap();
    // a slower answer never takes back a newer map (a change of this page's and a live update may both ask)
    if (graph.version < this.graph.version) return;
    this.setGraph(graph, this.positions);
    this.notify();
  }

  /**
   * May this person change the shared layout? Editors and admins, and the one
   * local user of a server without sign-in; never a viewer.
   */
  get canEditLayout(): boolean {
    const user = this.auth?.user;
    if (!this.auth) return true;
    return !!user && user.role !== 'VIEWER' && this.caps.mutations.has('saveMapLayout');
  }

  /** Stores positions for everyone: `replace` after a full re-layout, merged after a drag. Only an editor's explicit act calls this. */
  async savePositions(positions: Positions, replace: boolean): Promise<void> {
    if (!this.canEditLayout) return;
    Object.assign(this.positions, positions);
    if (replace) this.positions = { ...positions };
    const list = Object.entries(positions).map(([id, p]) => ({ id, x: p.x, y: p.y }));
    if (!list.length) return;
    try {
      await gql(SAVE_LAYOUT, { key: this.layoutKey, positions: list, replace });
    } catch (e) {
      this.toast(messageOf(toApiError(e)), 'error');
    }
  }

  // ---- changes and undo ----

  /**
   * Applies changes atomically through the API, reloads the graph, and keeps
   * their inverse for undo. Throws ApiError (with field problems) on refusal.
   */
  async apply(changes: Array<{ change: ChangeInput; before?: Before }>, label: () => string): Promise<Array<{ node: { id: string; label: string; name: string } | null }>> {
    const r = await gql<{ applyChanges: { version: number; results: Array<{ node: { id: string; label: string; name: string; updatedAt: string } | null }> } }>(APPLY, {
      changes: changes.map((c) => c.change),
    });
    // a create's id, and the version each created or updated element now has (what its undo is based on), are known only now
    const steps = appliedSteps(changes, r.applyChanges.results);
    this.historyVersion = r.applyChanges.version;
    try {
      this.pushUndo({ label, inverse: undoOf(steps), steps });
    } catch {
      // a change whose inverse is unknown cannot be undone; the change itself stands
    }
    await this.catchUp(updatedNodeIds(changes.map((c) => c.change)), r.applyChanges.version);
    return r.applyChanges.results;
  }

  /** Applies a change made elsewhere (e.g. promote a finding) without an inverse, and reloads. */
  async changed(): Promise<void> {
    await this.reloadGraph();
  }

  /** A new step on the undo stack: what was undone before it can no longer be redone. Kept in this browser. */
  pushUndo(entry: UndoEntry): void {
    this.undoStack.push(entry);
    if (this.undoStack.length > 50) this.undoStack.shift();
    this.redoStack = [];
    this.storeHistory();
  }

  async undo(): Promise<void> {
    const last = this.undoStack.pop();
    if (!last) {
      this.toast(t().edit.nothingToUndo);
      return;
    }
    try {
      const r = await gql<ApplyAnswer>(APPLY, { changes: last.inverse });
      this.historyVersion = r.applyChanges.version;
      // done again later over the versions this undo leaves, never over someone else's change since
      if (last.steps) this.redoStack.push({ label: last.label, steps: redoOf(last.steps, last.inverse, r.applyChanges.results) });
      this.storeHistory();
      await this.catchUp(updatedNodeIds(last.inverse), r.applyChanges.version);
      this.toast(t().edit.undone);
    } catch (e) {
      this.undoStack.push(last);
      this.toast(`${t().edit.undoFailed} ${messageOf(toApiError(e))}`, 'error');
    }
    this.notify();
  }

  /** Does the last undone step again (one applyChanges), refused when someone else has changed its elements since. */
  async redo(): Promise<void> {
    const next = this.redoStack.pop();
    if (!next) {
      this.toast(t().flow.nothingToRedo);
      return;
    }
    try {
      const r = await gql<ApplyAnswer>(APPLY, { changes: next.steps.map((s) => s.change) });
      this.historyVersion = r.applyChanges.version;
      const steps = appliedSteps(next.steps, r.applyChanges.results);
      this.undoStack.push({ label: next.label, inverse: undoOf(steps), steps });
      this.storeHistory();
      await this.catchUp(updatedNodeIds(next.steps.map((s) => s.change)), r.applyChanges.version);
      this.toast(t().flow.redone);
    } catch (e) {
      this.redoStack.push(next);
      this.toast(`${t().flow.redoFailed} ${messageOf(toApiError(e))}`, 'error');
    }
    this.notify();
  }

  /** Where this person's history on this server is kept in this browser. */
  private get historyKey(): string {
    return historyKey(location.origin, this.auth?.user?.id);
  }

  /** The undo and redo stacks kept in this browser, named in both languages (a reload in English still names them). */
  private storeHistory(): void {
    const names = (label: () => string) => ({ sv: inLang('sv', label), en: inLang('en', label) });
    const storage = typeof localStorage === 'undefined' ? null : localStorage;
    saveHistory(storage, this.historyKey, {
      version: Math.max(this.historyVersion, this.graph.version),
      undo: this.undoStack.map((e): StoredEntry => ({ names: names(e.label), changes: e.inverse, steps: e.steps ?? null })),
      redo: this.redoStack.map((e): StoredEntry => ({ names: names(e.label), changes: e.steps.map((s) => s.change), steps: e.steps })),
    });
  }

  /** The history this person left on this server in this browser (after a reload), unless the store is another one. */
  private restoreHistory(): void {
    const storage = typeof localStorage === 'undefined' ? null : localStorage;
    const h = loadHistory(storage, this.historyKey, this.graph.version);
    const label = (names: StoredEntry['names']) => () => names[lang()];
    this.historyVersion = h.version;
    this.undoStack = h.undo.map((e) => ({ label: label(e.names), inverse: e.changes, steps: e.steps }));
    this.redoStack = h.redo.filter((e) => e.steps).map((e) => ({ label: label(e.names), steps: e.steps! }));
  }

  // ---- messages ----

  toast(text: string, kind: Toast['kind'] = 'info'): void {
    const toast = { id: ++this.toastSeq, text, kind };
    this.toasts = [...this.toasts.slice(-1), toast];
    this.notify();
    setTimeout(() => {
      this.toasts = this.toasts.filter((x) => x.id !== toast.id);
      this.notify();
    }, kind === 'error' ? 9000 : 4000);
  }

  select(id: string | null, opts: { highlight?: boolean } = {}): void {
    // the highlight follows the latest choice: a plain selection ends it
    this.highlight = opts.highlight && id ? { id, n: ++this.highlightSeq } : null;
    this.setState({ selected: id, ...(id ? { side: this.state.side === 'views' ? 'details' : this.state.side } : {}) });
  }

  /** Opens the create form in the details panel, prefilled (a gap from where it is seen). */
  requestCreate(label: NodeLabel, prefill: CreatePrefill): void {
    this.createRequest = { label, prefill, n: (this.createRequest?.n ?? 0) + 1 };
    this.setState({ side: 'details' });
  }

  /** Draws attention to an element on the map (centres on it) without selecting it. */
  highlightNode(id: string): void {
    this.highlight = { id, n: ++this.highlightSeq };
    this.notify();
  }

  setEvidence(e: Evidence | null): void {
    this.evidence = e;
    this.notify();
  }
}

/** Who the server says this browser is; null when the server has no sign-in. */
async function whoAmI(): Promise<MapStore['auth']> {
  try {
    const r = await fetch('/auth/me', { headers: { accept: 'application/json' } });
    if (!r.ok) return null;
    const body = (await r.json()) as { authRequired?: boolean; user?: { id: string; name?: string; role?: string; via?: string } | null };
    return { required: !!body.authRequired, user: body.user ?? null };
  } catch {
    return null;
  }
}

/** An API error for people: the Swedish message in Swedish, the English one otherwise. */
export function messageOf(e: ApiError): string {
  if (e.code === 'NETWORK') return t().errors.network;
  if (e.code === 'INTERNAL') return t().errors.generic;
  return (lang() === 'sv' ? e.messageSv : undefined) ?? e.message;
}

/** What applyChanges answers: the store's version and each change's element. */
type ApplyAnswer = { applyChanges: { version: number; results: Array<{ node: { id: string; label: string; name: string; updatedAt: string } | null }> } };

export const store = new MapStore();
