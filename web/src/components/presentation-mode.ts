// <sk-presentation>: a presentation stepped through full screen — each saved
// view's map (the view's own rules over the map as loaded, drawn read-only as
// a read-only link draws it) with its caption. → and PageDown step forward,
// ← and PageUp back, Home and End to the ends; Esc leaves and gives the focus
// back to where it was. Opened with `showPresentation`.
import type cytoscape from 'cytoscape';
import { html, nothing } from 'lit';
import { LAYOUT_KEY, savedViewScope, viewOf } from '../../../schema/map-view.ts';
import { fetchMap, gql } from '../api.ts';
import { drawReadOnly, stepKey, type ShownView } from '../graph/read-only-view.ts';
import { todayIso } from '../graph/timeline.ts';
import type { Graph, MapNode } from '../graph/types.ts';
import { t } from '../i18n/index.ts';
import { LAYOUT } from '../queries.ts';
import { store } from '../store.ts';
import { StoreElement } from './base.ts';

/** A presentation as the API lists it: its steps, each with its saved view (null when deleted since). */
export interface PresentationDoc {
  id: string;
  name: string;
  slides: Array<{ viewId: string; caption: string; view: { id: string; name: string; state: unknown } | null }>;
}

type Slide = ShownView & { caption: string };

/** Each step's view cut from the whole map with the view's own rules, and its stored positions. */
async function slidesOf(p: PresentationDoc): Promise<Slide[]> {
  const graph: Graph = store.graph.nodes.length ? store.graph : await fetchMap();
  const layouts = new Map<string, Record<string, [number, number]>>();
  const out: Slide[] = [];
  for (const s of p.slides) {
    if (!s.view) continue;
    const state = (s.view.state ?? {}) as Record<string, unknown>;
    const scope = savedViewScope(state);
    const shown = viewOf(graph, scope, todayIso());
    const key = LAYOUT_KEY[scope.grouping];
    if (!layouts.has(key)) {
      const r = await gql(LAYOUT, { key }).catch(() => null);
      layouts.set(key, Object.fromEntries((r?.mapLayout?.positions ?? []).map((q) => [q.id, [q.x, q.y] as [number, number]])));
    }
    const ids = new Set(shown.nodes.map((n) => n.id));
    const positions = Object.fromEntries(Object.entries(layouts.get(key)!).filter(([id]) => ids.has(id)));
    out.push({ caption: s.caption, view: { name: s.view.name, state }, version: graph.version, nodes: shown.nodes as MapNode[], edges: shown.edges, positions });
  }
  return out;
}

export class PresentationMode extends StoreElement {
  static override properties = { presentation: { attribute: false }, slides: { state: true }, step: { state: true } };
  declare presentation: PresentationDoc | null;
  declare slides: Slide[] | null;
  declare step: number;
  private cy: cytoscape.Core | null = null;
  private returnFocus: HTMLElement | null = null;

  constructor() {
    super();
    this.presentation = null;
    this.slides = null;
    this.step = 0;
  }

  /** Opens a presentation full screen at its first step. */
  async open(p: PresentationDoc): Promise<void> {
    this.returnFocus = document.activeElement as HTMLElement | null;
    this.presentation = p;
    this.step = 0;
    this.slides = null;
    await this.updateComplete;
    this.querySelector<HTMLElement>('.presentation-mode')?.focus();
    void this.querySelector<HTMLElement>('.presentation-mode')?.requestFullscreen?.().catch(() => undefined);
    this.slides = await slidesOf(p);
  }

  async close(): Promise<void> {
    if (!this.presentation) return;
    this.cy?.destroy();
    this.cy = null;
    this.presentation = null;
    this.slides = null;
    // focus given back once full screen has ended (leaving it moves the focus)
    if (document.fullscreenElement) await document.exitFullscreen().catch(() => undefined);
    await this.updateComplete;
    this.returnFocus?.focus();
  }

  private go(step: number) {
    if (!this.slides?.length) return;
    this.step = Math.max(0, Math.min(this.slides.length - 1, step));
  }

  private keys(e: KeyboardEvent) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const action = stepKey(e.key);
    if (!action) return;
    e.preventDefault();
    e.stopPropagation();
    if (action === 'leave') void this.close();
    else this.go(action === 'next' ? this.step + 1 : action === 'previous' ? this.step - 1 : action === 'first' ? 0 : (this.slides?.length ?? 1) - 1);
  }

  // the browser's own Esc leaves full screen first; leaving it leaves the presentation too
  private readonly onFullscreen = () => {
    if (!document.fullscreenElement && this.presentation && this.contains(document.activeElement)) void this.close();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('fullscreenchange', this.onFullscreen);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('fullscreenchange', this.onFullscreen);
    this.cy?.destroy();
  }

  override updated(): void {
    const container = this.querySelector<HTMLElement>('.presentation-map');
    const slide = this.slides?.[this.step];
    if (container && slide) this.cy = drawReadOnly(container, slide, t(), this.cy);
  }

  override render() {
    const p = this.presentation;
    if (!p) return nothing;
    const m = t().presentations;
    const slide = this.slides?.[this.step];
    const n = this.slides?.length ?? 0;
    return html`<div class="presentation-mode" role="dialog" aria-modal="true" aria-labelledby="presentation-title" tabindex="-1"
        data-step=${this.step} @keydown=${(e: KeyboardEvent) => this.keys(e)}>
      <header class="presentation-head">
        <h2 id="presentation-title">${p.name}</h2>
        <p class="presentation-help">${m.help}</p>
        <button type="button" class="presentation-prev" ?disabled=${this.step === 0} @click=${() => this.go(this.step - 1)}>${m.previous}</button>
        <button type="button" class="presentation-next" ?disabled=${this.step >= n - 1} @click=${() => this.go(this.step + 1)}>${m.next}</button>
        <button type="button" class="presentation-close" @click=${() => void this.close()}>${m.close}</button>
      </header>
      <div class="presentation-body">
        ${this.slides && !n ? html`<p class="notice">${m.empty}</p>` : nothing}
        <div class="presentation-map" role="img" aria-label=${slide ? m.map(slide.view.name, slide.nodes.length) : ''}></div>
        ${slide
          ? html`<div class="slide-caption" aria-live="polite"><p class="presentation-step">${m.step(this.step + 1, n)} · ${slide.view.name}</p><p class="presentation-caption">${slide.caption}</p></div>`
          : nothing}
      </div>
    </div>`;
  }
}

customElements.define('sk-presentation', PresentationMode);

/** Shows a presentation full screen (one overlay for the page, made when first needed). */
export function showPresentation(p: PresentationDoc): Promise<void> {
  let mode = document.querySelector<PresentationMode>('sk-presentation');
  if (!mode) {
    mode = document.createElement('sk-presentation') as PresentationMode;
    document.body.append(mode);
  }
  return mode.open(p);
}
