// <sk-map>: the Cytoscape map. Draws the store's graph at stored positions
// (or, where none are stored, at the structured layout computed in this page
// and never saved), applies each node's look (graph/view.ts), follows the
// selection. The shared layout changes only when an editor asks: "Ordna om"
// saves a new layout, dragging saves where the node ended up.
import cytoscape, { type Core, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import { html } from 'lit';
import { aggregateEdgeWidth, aggregateSize, AreaIndex, OTHER_AREA, OverviewCache, OVERVIEW_STYLE, type Overview } from '../graph/aggregate.ts';
import { buildElements, isGroupId } from '../graph/elements.ts';
import type { ElementDefinition } from 'cytoscape';
import { allFindingLines } from '../graph/gaps.ts';
import { chooseLabels, isLandmark, labelPriority, LANDMARK_PX, MIN_LABEL_PX, type LabelBox } from '../graph/labels.ts';
import { fcoseOptions, LARGE, renderOptions, ZOOM_OPEN_REST_MS, ZOOM_OPEN_SHARE } from '../graph/lod.ts';
import { STRUCTURE_TYPES, STRUCTURED, structuredBands, structuredLayout, type BandSpan } from '../graph/structured-layout.ts';
import type { BandsRequest } from '../graph/bands-worker.ts';
import { stylesheet } from '../graph/style.ts';
import { EMPTY_FILTER } from '../graph/filters.ts';
import type { MapDrawing } from '../graph/picture.ts';
import type { Graph, MapNode, Positions } from '../graph/types.ts';
import { nodeLook } from '../graph/view.ts';
import { t } from '../i18n/index.ts';
import { store, type LayoutKind } from '../store.ts';
import { StoreElement } from './base.ts';

cytoscape.use(fcose);
cytoscape.use(svg);

const PAN_STEP = 80;

/**
 * Elements added in one frame when many are drawn at once (an area opened):
 * more are added in slices, one a frame (sync), each sized so that adding it
 * and drawing the frame after it take about SLICE_MS (within SLICE_MIN and
 * SLICE_MAX elements): no task near the 200 ms that counts as a freeze. Up to
 * SLICE_MIN new elements are added at once.
 */
const SLICE_MIN = 400;
const SLICE_MAX = 2000;
const SLICE_MS = 120;

/** The largest font in the stylesheet (an area's 17, a group's 16): below MIN_LABEL_PX / this zoom only enlarged labels can be read. */
const MAX_STYLE_FONT = 20;

/** An element's font size in model units, as Cytoscape computed it (pstyle is not in its typings). */
const fontSize = (e: cytoscape.SingularElementArgument | cytoscape.CollectionReturnValue): number =>
  (e as unknown as { pstyle(k: string): { pfValue: number } }).pstyle('font-size').pfValue;

/**
 * Sets one datum only when its value differs: Cytoscape styles an element
 * again (and draws its layer again) on every data set, changed or not, which
 * for a whole country's drawn elements is most of a long task.
 */
const setIfChanged = (ele: cytoscape.SingularElementArgument, key: string, value: unknown): void => {
  if (ele.data(key) !== value) ele.data(key, value);
};

export class MapView extends StoreElement {
  private cy: Core | null = null;
  private built: { graph: unknown; positions: unknown; grouping: string; lang: string; overview: boolean } | null = null;
  private looks = new Map<string, string>();
  private lastHighlight = 0;
  private laying = false;
  private layoutKind: LayoutKind = 'structured';
  private findingSig = '';
  private labelTimer: ReturnType<typeof setTimeout> | null = null;
  /** A label pass has run since the view or the looks last changed. */
  private labelsDone = false;
  /** How long the last label pass took (ms), for measurements. */
  private labelPassMs = 0;
  /** Nodes whose font the label pass enlarged (landmarks, the selection), with the size given, so it can give them back their own. */
  private enlarged = new Map<string, number>();
  /** The stylesheet's font size of each such node (before enlarging); forgotten when looks change. */
  private ownFont = new Map<string, number>();
  /** The labels the last pass drew. */
  private kept = new Set<string>();
  private landmarks: { graph: unknown; ids: string[] } | null = null;
  /** The selection and highlight the last label pass saw. */
  private labelsFor = '';
  /** Elements were drawn afresh or added (their looks given as they were built): their labels need a pass. */
  private labelsStale = false;
  /** Where the structured layout's bands lie, while the map shows that layout (for their headings). */
  private bandSpans: BandSpan[] | null = null;
  /** The focus the viewport was last fitted to (element, steps, neighbourhood); empty when none. */
  private focusKey = '';
  /** Level of detail (graph/aggregate.ts): a map of LARGE elements or more opens as an overview of its areas. `?overview=off` draws everything. */
  private overviewAllowed = new URLSearchParams(location.search).get('overview') !== 'off';
  /** The areas opened by the person (or by a selection or search hit inside them). */
  private expanded = new Set<string>();
  private areaIndex: AreaIndex | null = null;
  private overviewMemo: { key: unknown[]; value: Overview | null } | null = null;
  private overviews = new OverviewCache(LARGE);
  /** The worker that finds the bands' headings of a large map, the last question asked of it, and whether it failed. */
  private bandsWorker: Worker | null = null;
  private bandsAsked = 0;
  private bandsFor: { n: number; built: MapView['built'] } | null = null;
  private bandsBroken = false;
  /** A sync asked for in a task of its own (syncSoon). */
  private syncTimer: ReturnType<typeof setTimeout> | null = null;
  /** The container's size Cytoscape last drew for (width x height). */
  private drawnSize = '';
  /** The overview the drawn elements were made from. */
  private drawnOverview: Overview | null = null;
  /** Many elements being added in slices, one a frame (sync); a newer sync or rebuild overtakes them (sliceGen). */
  private slicing = false;
  private sliceGen = 0;
  /** Cytoscape is being made (a large map makes it in a task after its first render). */
  private creating = false;
  /** An area just opened: the view moves to its elements once they are drawn. */
  private fitArea: string | null = null;
  /** A zoom by the person in progress: where it centres (the map's own pixels) and the zoom it began at; checked once it rests. */
  private userZoom: { x: number; y: number; from: number; timer: ReturnType<typeof setTimeout> | null } | null = null;

  override render() {
    const m = t();
    const vis = store.loading ? null : store.visible();
    const empty = !store.loading && !store.loadError && vis && vis.ids.size === 0;
    return html`
      <div class="map-toolbar" role="toolbar" aria-label=${m.map.label}>
        <button type="button" @click=${() => this.fitToPositions()} title=${m.map.fit}>⤢ ${m.map.fit}</button>
        <button type="button" @click=${() => this.zoomBy(1.25)} aria-label=${m.map.zoomIn} title=${m.map.zoomIn}>+</button>
        <button type="button" @click=${() => this.zoomBy(0.8)} aria-label=${m.map.zoomOut} title=${m.map.zoomOut}>−</button>
        ${store.canEditLayout
          ? html`<label class="visually-hidden" for="layout-kind">${m.map.layoutKind}</label>
              <select id="layout-kind" title=${m.map.layoutKind} @change=${(e: Event) => { this.layoutKind = (e.target as HTMLSelectElement).value as LayoutKind; }}>
                <option value="structured" ?selected=${this.layoutKind === 'structured'}>${m.map.layoutStructured}</option>
                <option value="force" ?selected=${this.layoutKind === 'force'}>${m.map.layoutForce}</option>
              </select>
              <button type="button" id="relayout" @click=${() => this.relayout(this.layoutKind)} title=${m.map.relayoutHelp} aria-disabled=${this.laying ? 'true' : 'false'}>
                ↻ ${this.laying ? m.map.relayoutRunning : m.map.relayout}
              </button>`
          : ''}
      </div>
      ${this.renderOverviewBar()}
      <div
        id="cy"
        class="cy"
        tabindex="0"
        role="application"
        aria-label=${m.map.label}
        aria-describedby="map-help"
        @keydown=${this.onKey}
      ></div>
      <p id="map-help" class="visually-hidden">${m.map.keyboardHelp}</p>
      ${this.bandSpans
        ? html`<div class="band-heads" aria-hidden="true" title=${m.map.bandsLabel}>
            ${this.bandSpans.map((b) => html`<div class="band-head" data-band=${b.band}><span class="long">${m.map.bands[b.band]}</span><span class="short">${m.map.bandsShort[b.band]}</span></div>`)}
          </div>`
        : ''}
      ${empty
        ? html`<div class="map-empty" role="status">
            <p><strong>${store.graph.nodes.length ? m.map.empty : m.map.emptyStore}</strong></p>
            ${store.graph.nodes.length ? html`<p>${m.map.emptyHint}</p><button type="button" @click=${() => this.clearFilters()}>${m.filters.clear}</button>` : ''}
          </div>`
        : ''}
    `;
  }

  /** Is the map large enough to open as an overview of its areas (graph/aggregate.ts)? */
  private get overviewMode(): boolean {
    return this.overviewAllowed && !store.loading && store.graph.nodes.length + store.graph.edges.length >= LARGE;
  }

  /**
   * The overview to draw, or null for a map drawn whole. A map that the
   * filters (or focus) leave under LARGE visible elements is drawn as its
   * visible elements; otherwise the areas the person has not opened are
   * aggregates.
   */
  private currentOverview(): Overview | null {
    if (!this.overviewMode) return null;
    const vis = store.visible();
    const key = this.overviewKey(vis);
    const memo = this.overviewMemo;
    if (memo && memo.key.length === key.length && memo.key.every((k, i) => k === key[i])) return memo.value;
    // before the map is first drawn the overview is worked out in tasks of its own (firstOverview): none yet
    if (!this.cy) return null;
    return this.countOverview(vis);
  }

  /** What the overview is counted from: the map, what is visible, the positions and the areas opened. */
  private overviewKey(vis: ReturnType<typeof store.visible>): unknown[] {
    return [store.graph, vis, store.positions, [...this.expanded].sort().join('\u0000')];
  }

  /** The overview of what is visible, counted again only when what it counts changed (not for a rename patched in), and kept for currentOverview. */
  private countOverview(vis: ReturnType<typeof store.visible>): Overview {
    if (this.areaIndex?.graph !== store.graph) this.areaIndex = new AreaIndex(store.graph, this.areaIndex);
    const value = this.overviews.get(this.areaIndex, vis.ids, this.expanded, store.positions);
    this.overviewMemo = { key: this.overviewKey(vis), value };
    performance.mark('sk-map-overview');
    return value;
  }

  private aggregateText(a: { area: string; name: string | null; counts: { forums: number; gaps: number } }): string {
    const m = t();
    return m.overview.text(a.area === OTHER_AREA ? m.overview.other : a.name ?? a.area, a.counts.forums, a.counts.gaps);
  }

  /** What the map draws: everything, or the overview's aggregates and the elements of its open areas. */
  private drawnDefs(look?: (n: MapNode) => { classes: string; text: string }): ElementDefinition[] {
    const opts = { grouping: store.state.grouping, positions: store.positions, messages: t(), ...(look ? { look } : {}) };
    const o = this.currentOverview();
    this.drawnOverview = o;
    if (!o) return buildElements(store.graph, opts);
    const sub: Graph = { nodes: store.graph.nodes.filter((n) => o.nodes.has(n.id)), edges: store.graph.edges.filter((e) => o.edges.has(e.id)), version: store.graph.version };
    const aggNodes: ElementDefinition[] = o.aggregates.map((a) => ({
      group: 'nodes',
      data: { id: a.id, area: a.area, text: this.aggregateText(a), size: aggregateSize(a.counts.total), total: a.counts.total, forums: a.counts.forums, gaps: a.counts.gaps },
      classes: 'aggregate',
      selectable: false,
      grabbable: false,
      ...(a.position ? { position: { ...a.position } } : {}),
    }));
    const aggEdges: ElementDefinition[] = o.aggregateEdges.map((e) => ({
      group: 'edges',
      data: { id: e.id, source: e.source, target: e.target, weight: e.weight, w: aggregateEdgeWidth(e.weight) },
      classes: 'aggregate',
      selectable: false,
    }));
    return [...aggNodes, ...buildElements(sub, opts), ...aggEdges];
  }

  /** Opens an area of the overview: its elements are drawn, the rest stays aggregated. */
  private expand(area: string) {
    if (this.expanded.has(area)) return;
    this.expanded = new Set([...this.expanded, area]);
    this.fitArea = area;
    const list = this.querySelector<HTMLDetailsElement>('.overview-areas');
    if (list) list.open = false;
    this.requestUpdate();
  }

  /** Back to the overview: every area aggregated (a selection inside one would open it again, so it ends). */
  private collapse() {
    this.expanded = new Set();
    if (store.state.selected && !this.cy?.getElementById(store.state.selected).hasClass('aggregate')) store.select(null);
    this.requestUpdate();
    setTimeout(() => this.fitToPositions(), 0);
  }

  /** A selected or searched-for element inside an aggregate opens its area first. */
  private expandFor(id: string | null | undefined) {
    const o = this.currentOverview();
    if (!o || !id || o.nodes.has(id) || !store.visible().ids.has(id) || !this.areaIndex) return;
    // per region: the region and the county part the element is in
    const areas = this.areaIndex.areasOf(id).filter((a) => !this.expanded.has(a));
    if (areas.length) this.expanded = new Set([...this.expanded, ...areas]);
  }

  private renderOverviewBar() {
    const o = this.currentOverview();
    if (!o || !o.aggregates.length) return '';
    const m = t();
    return html`<div class="overview-bar" role="region" aria-label=${m.overview.label}>
      <span class="overview-summary">${this.expanded.size ? m.overview.expandedSummary(this.expanded.size) : m.overview.summary(o.aggregates.length)}</span>
      ${this.expanded.size ? html`<button type="button" id="overview-collapse" @click=${() => this.collapse()}>${m.overview.collapse}</button>` : ''}
      <details class="overview-areas">
        <summary>${m.overview.areas} (${o.aggregates.length})</summary>
        <ul>
          ${o.aggregates.map(
            (a) => html`<li><button type="button" class="overview-area" data-area=${a.area} aria-label=${m.overview.open(this.aggregateText(a))} @click=${() => this.expand(a.area)}>${this.aggregateText(a)}</button></li>`,
          )}
        </ul>
      </details>
    </div>`;
  }

  /**
   * Fits the view to the positions of what is shown: the same view as
   * cy.fit() without measuring every label (seconds on ten thousand elements),
   * with room at the sides for the area names beside their nodes and at the
   * top for the toolbar.
   */
  private fitToPositions(only?: string[]) {
    const cy = this.cy;
    if (!cy) return;
    const { ids } = store.visible();
    let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
    const o = this.drawnOverview;
    // the overview: what is drawn (its aggregates and open areas), or only the area just opened
    const drawn = only
      ? only.map((id) => store.positions[id])
      : o
        ? [...o.nodes].map((id) => store.positions[id]).concat(cy.nodes('.aggregate').map((n) => n.position()))
        : [...ids].map((id) => store.positions[id]);
    for (const p of drawn) {
      if (!p) continue;
      minX = Math.min(minX, p.x); maxX = Math.max(maxX, p.x); minY = Math.min(minY, p.y); maxY = Math.max(maxY, p.y);
    }
    if (!Number.isFinite(minX)) return;
    // the page moves the view itself: a zoom of the person's that has not rested yet opens nothing
    this.cancelZoomOpen();
    // screen pixels: the sides hold the area names beside their nodes, the top the toolbar (and the bands' headings), the bottom the legend's button
    const [left, right] = this.sideRoom(ids);
    const top = this.bandSpans ? 100 : 64, bottom = 56, model = 40;
    const w = Math.max(50, cy.width() - left - right), h = Math.max(50, cy.height() - top - bottom);
    const zoom = Math.min(4, Math.max(0.02, Math.min(w / (maxX - minX + 2 * model), h / (maxY - minY + 2 * model))));
    cy.viewport({ zoom, pan: { x: left + w / 2 - zoom * (minX + maxX) / 2, y: top + h / 2 - zoom * (minY + maxY) / 2 } });
    this.scheduleLabels(0);
  }

  /**
   * Room the area names need beside the map, in screen pixels: the region's
   * and county parts' names stand to the left of their nodes, the
   * municipalities' to the right, at the landmark size (measured as drawn).
   */
  private sideRoom(ids: Set<string>): [number, number] {
    const ctx = document.createElement('canvas').getContext('2d');
    if (!ctx) return [150, 180];
    ctx.font = `bold ${LANDMARK_PX}px system-ui, "DejaVu Sans", sans-serif`;
    let left = 0, right = 0;
    for (const id of ids) {
      const n = store.byId.get(id);
      if (!n || !isLandmark(n) || n.label !== 'Actor') continue;
      const text = (this.cy?.getElementById(id).data('text') as string | undefined) ?? n.name;
      const w = ctx.measureText(text).width;
      if (n.principal === 'MUNICIPALITY') right = Math.max(right, w);
      else left = Math.max(left, w);
    }
    // the label's margin from its node, the node's half width, and a little air
    return [Math.max(40, left + 36), Math.max(40, right + 36)];
  }

  /**
   * The whole view as SVG (cytoscape-svg, `full`: every element shown, not
   * only what the screen holds), for the pictures (graph/picture.ts). Every
   * label is drawn, including those the label pass hides at the screen's zoom
   * and those too small at it: a page is read closer than a screen.
   */
  private wholeDrawing(): MapDrawing {
    const cy = this.cy!;
    const shown = cy.elements().not('.hidden');
    const quiet = shown.filter('.nolabel');
    // Cytoscape draws a rounded polygon (initiative, gap, target group) without
    // beginning a path, trusting a Path2D; cytoscape-svg draws without them, and
    // its SVG context then gave the shape's fill and border to the label drawn
    // before it. Begin the path while the picture is drawn.
    const r = (cy as unknown as { renderer(): Record<string, unknown> }).renderer();
    const own = Object.prototype.hasOwnProperty.call(r, 'drawRoundPolygonPath');
    const round = r.drawRoundPolygonPath as (this: unknown, ctx: { beginPath?: () => void }, ...rest: unknown[]) => void;
    r.drawRoundPolygonPath = function (this: unknown, ctx: { beginPath?: () => void }, ...rest: unknown[]) {
      ctx.beginPath?.();
      return round.call(this, ctx, ...rest);
    };
    cy.batch(() => {
      shown.style('min-zoomed-font-size', 0);
      quiet.style({ 'text-opacity': 1, 'text-background-opacity': 0.8 });
    });
    try {
      const svg = (cy as unknown as { svg(o: object): string }).svg({ full: true, bg: '#ffffff', scale: 1 });
      const size = /<svg\b[^>]*\bwidth="([\d.]+)"[^>]*\bheight="([\d.]+)"/.exec(svg);
      return { svg, width: Number(size?.[1] ?? 0), height: Number(size?.[2] ?? 0), overview: cy.nodes('.aggregate').nonempty() };
    } finally {
      if (own) r.drawRoundPolygonPath = round;
      else delete r.drawRoundPolygonPath;
      cy.batch(() => {
        shown.removeStyle('min-zoomed-font-size');
        quiet.removeStyle('text-opacity text-background-opacity');
      });
    }
  }

  /** Chooses the labels to draw soon (after a zoom or pan has ended, or a change has been drawn). */
  private scheduleLabels(delay = 80) {
    this.labelsDone = false;
    if (this.labelTimer) clearTimeout(this.labelTimer);
    this.labelTimer = setTimeout(() => {
      this.labelTimer = null;
      const started = performance.now();
      this.updateLabels();
      this.labelPassMs = performance.now() - started;
      this.labelsDone = true;
    }, delay);
  }

  /**
   * Draws only readable labels that do not overlap (graph/labels.ts): areas
   * and the selected element keep a readable size at any zoom; every other
   * label is drawn once it is at least MIN_LABEL_PX on screen and clear of
   * every label that matters more; the rest show on hover.
   */
  private updateLabels() {
    const cy = this.cy;
    if (!cy) return;
    const zoom = cy.zoom();
    const pan = cy.pan();
    const sel = store.state.selected;
    const hl = store.highlight?.id ?? null;
    const ext = cy.extent();
    const marginX = (ext.x2 - ext.x1) * 0.1, marginY = (ext.y2 - ext.y1) * 0.1;
    const near = (p: { x: number; y: number }) => p.x >= ext.x1 - marginX && p.x <= ext.x2 + marginX && p.y >= ext.y1 - marginY && p.y <= ext.y2 + marginY;
    this.labelsFor = `${sel}\u0000${hl}`;
    // landmarks (areas, strategic forums), group titles and the selection near the view: a font that reads at this zoom
    const want = new Map<string, number>();
    for (const id of this.landmarkIds()) {
      const n = cy.getElementById(id);
      if (n.nonempty() && near((n as cytoscape.NodeSingular).position())) want.set(id, LANDMARK_PX);
    }
    cy.nodes('.group').forEach((g) => {
      want.set(g.id(), LANDMARK_PX + 1);
    });
    cy.nodes('.aggregate').forEach((g) => {
      want.set(g.id(), LANDMARK_PX);
    });
    for (const id of [sel, hl]) if (id && cy.getElementById(id).nonempty()) want.set(id, MIN_LABEL_PX + 1);
    cy.batch(() => {
      for (const id of this.enlarged.keys()) {
        if (!want.has(id)) cy.getElementById(id).removeStyle('font-size text-max-width');
      }
      const given = new Map<string, number>();
      for (const [id, px] of want) {
        const n = cy.getElementById(id);
        let own = this.ownFont.get(id);
        let before = this.enlarged.get(id);
        if (own === undefined) {
          // its look changed: measure the stylesheet's size afresh, without the enlargement
          if (before !== undefined) n.removeStyle('font-size text-max-width');
          before = undefined;
          own = fontSize(n);
          this.ownFont.set(id, own);
        }
        const size = Math.max(own, px / zoom);
        if (size > own) {
          given.set(id, size);
          // on one line where it can be: a name wrapped at this size would stand in its neighbours' way
          if (before !== size) n.style({ 'font-size': size, 'text-max-width': `${Math.round((260 * size) / 11)}px` });
        } else if (before !== undefined) n.removeStyle('font-size text-max-width');
      }
      this.enlarged = given;
    });
    // the labels that could be drawn: zoomed out, only the enlarged ones and the findings' (no stylesheet
    // font reaches MIN_LABEL_PX there); zoomed in, every element near the view
    const candidates: cytoscape.SingularElementArgument[] = [];
    cy.edges('.finding').forEach((e) => {
      candidates.push(e);
    });
    if (zoom * MAX_STYLE_FONT >= MIN_LABEL_PX) {
      cy.nodes().forEach((n) => {
        if (near(n.position())) candidates.push(n);
      });
    } else for (const id of want.keys()) candidates.push(cy.getElementById(id));
    const boxes: LabelBox[] = [];
    for (const e of candidates) {
      if (!e.data('text')) continue;
      const fontPx = fontSize(e) * zoom;
      if (fontPx < MIN_LABEL_PX || e.hasClass('hidden') || !e.visible()) continue;
      const b = e.boundingBox({ includeLabels: true, includeNodes: false, includeEdges: false, includeOverlays: false } as never);
      if (!(b.w > 0)) continue;
      const node = e.isNode() ? store.byId.get(e.id()) : undefined;
      const priority = e.hasClass('aggregate') ? 300 : e.hasClass('group') ? 200 : e.id() === sel ? 1000 : e.id() === hl ? 900 : node ? labelPriority(node) : 50;
      boxes.push({ id: e.id(), priority, fontPx, x1: b.x1 * zoom + pan.x, y1: b.y1 * zoom + pan.y, x2: b.x2 * zoom + pan.x, y2: b.y2 * zoom + pan.y });
    }
    const keep = chooseLabels(boxes);
    // every label that might be drawn is either kept or marked; one too small, or far off the view, Cytoscape does not draw
    cy.batch(() => {
      for (const e of candidates) e.toggleClass('nolabel', !keep.has(e.id()));
      for (const id of this.kept) if (!keep.has(id)) cy.getElementById(id).addClass('nolabel');
    });
    this.kept = keep;
  }

  /** The ids of the landmarks (graph/labels.ts), found once per graph. */
  private landmarkIds(): string[] {
    if (this.landmarks?.graph !== store.graph) this.landmarks = { graph: store.graph, ids: store.graph.nodes.filter(isLandmark).map((n) => n.id) };
    return this.landmarks.ids;
  }

  private clearFilters() {
    store.setState({ ...EMPTY_FILTER, focus: 0, asOf: null });
  }

  override updated(): void {
    if (store.loading || store.loadError) return;
    const container = this.querySelector<HTMLElement>('#cy');
    if (!container) return;
    // a selection or search hit inside an aggregate opens its area first
    if (this.overviewMode) {
      this.expandFor(store.state.selected);
      this.expandFor(store.highlight?.id);
    }
    if (!this.cy && this.overviewMode) {
      // a large map: its areas, its overview and Cytoscape are each made in a task of their own, after the
      // render that took the data in (no task near the 200 ms that counts as a freeze at load)
      if (!this.creating) {
        this.creating = true;
        void this.firstOverview().finally(() => {
          this.creating = false;
          this.requestUpdate();
        });
      }
      return;
    }
    if (!this.cy) this.create(container);
    else if (this.built) {
      const b = this.built;
      // a new grouping or a newly loaded layout moves everything: draw afresh; an edit or a language only changes a few elements
      if (b.overview !== this.overviewMode || b.grouping !== store.state.grouping || (b.graph === store.graph && b.positions !== store.positions)) this.rebuild();
      else if (b.graph !== store.graph || b.lang !== t().code) this.sync();
      // the overview follows the filters and the areas opened: drawn in a task after the one that counted it
      else if (this.overviewMode && this.currentOverview() !== this.drawnOverview) this.syncSoon();
    }
    // only a container that changed size (the map tab shown again, the panel beside it opened): Cytoscape's
    // resize clears its canvases and caches and draws everything again, a long task on a country's map
    if (!this.hidden) {
      const box = this.cy!.container()!;
      const size = `${box.clientWidth}x${box.clientHeight}`;
      if (size !== this.drawnSize) {
        this.drawnSize = size;
        this.cy!.resize();
      }
    }
    // a viewer looks; only an editor moves what everyone sees
    if (this.cy!.autoungrabify() === store.canEditLayout) this.cy!.autoungrabify(!store.canEditLayout);
    const changed = this.applyLooks();
    // a new look, text, selection or highlight may change which labels fit
    if (changed || this.labelsStale || this.labelsFor !== `${store.state.selected}\u0000${store.highlight?.id ?? null}`) this.scheduleLabels(0);
    this.labelsStale = false;
    this.placeBandHeads();
    this.followFocus();
    // the legend explains the overview's areas while the map shows some
    const overviewShown = this.cy!.nodes('.aggregate').nonempty();
    if (overviewShown !== store.mapOverview) {
      store.mapOverview = overviewShown;
      queueMicrotask(() => store.notify());
    }
    if (this.fitArea && this.drawnOverview && this.areaIndex && this.drawnOverview === this.currentOverview()) {
      const area = this.fitArea;
      this.fitArea = null;
      const ix = this.areaIndex;
      // a county part: its elements; a region opened into its county parts: everything drawn
      const inside = [...this.drawnOverview.nodes].filter((id) => ix.areasOf(id).at(-1) === area);
      if (inside.length) this.fitToPositions(inside);
      else this.fitToPositions();
    }
  }

  /**
   * A new overview (an area opened, a filter changed) drawn in a task of its
   * own: counting it (render) and adding its first elements (sync) in one
   * task came near the 200 ms that counts as a freeze at country scale.
   */
  private syncSoon() {
    if (this.syncTimer) return;
    this.syncTimer = setTimeout(() => {
      this.syncTimer = null;
      if (this.cy && this.built && this.overviewMode && this.currentOverview() !== this.drawnOverview) this.sync();
      this.requestUpdate();
    }, 0);
  }

  /**
   * The first drawing of a large map, in steps with the page free between
   * them: the area index (every node's areas, from the relationships), the
   * overview counted (its areas listed once it is), then Cytoscape made and
   * drawn. A step whose work is already done (the map changed meanwhile: the
   * next step works from the store as it is then) costs nothing.
   */
  private async firstOverview(): Promise<void> {
    const pause = () => new Promise<void>((r) => setTimeout(r, 0));
    const live = () => !this.cy && this.isConnected && this.overviewMode && !store.loading && !store.loadError;
    await pause();
    if (!live()) return;
    if (this.areaIndex?.graph !== store.graph) this.areaIndex = new AreaIndex(store.graph, this.areaIndex);
    performance.mark('sk-map-areas');
    await pause();
    if (!live()) return;
    this.countOverview(store.visible());
    // the list of areas drawn; a selection or search hit inside one opens it (updated: expandFor)
    this.requestUpdate();
    await this.updateComplete;
    await pause();
    const box = this.querySelector<HTMLElement>('#cy');
    if (live() && box) this.create(box);
  }

  /**
   * Focus (a neighbourhood of N steps around the selected element): the map
   * moves to show the element in the middle and all its neighbourhood around
   * it; when focus is turned off, back to the whole view.
   */
  private followFocus() {
    const s = store.state;
    const { ids } = store.visible();
    const key = s.focus > 0 && s.selected ? `${s.selected}\u0000${s.focus}\u0000${ids.size < 5000 ? [...ids].sort().join(',') : ids.size}` : '';
    if (key === this.focusKey) return;
    const was = this.focusKey;
    this.focusKey = key;
    if (key) this.fitFocus(s.selected!, ids);
    else if (was) this.fitToPositions();
  }

  /**
   * Zoom and pan so the focused element is at the middle of the map and every
   * element of its neighbourhood, with its name, is on screen: the box fitted
   * is the neighbourhood's, made symmetric around the element.
   */
  private fitFocus(id: string, ids: ReadonlySet<string>) {
    const cy = this.cy;
    const node = cy?.getElementById(id);
    if (!cy || !node || node.empty() || node.hasClass('hidden')) return;
    const hood = cy.nodes().filter((n) => ids.has(n.id()));
    const bb = hood.boundingBox({ includeLabels: true });
    const p = node.position();
    const dx = Math.max(p.x - bb.x1, bb.x2 - p.x, 40), dy = Math.max(p.y - bb.y1, bb.y2 - p.y, 40);
    // screen pixels: the toolbar (and the bands' headings) at the top, a margin elsewhere
    const top = this.bandSpans ? 100 : 64, side = 32, bottom = 32;
    const w = Math.max(50, cy.width() - 2 * side), h = Math.max(50, cy.height() - top - bottom);
    const zoom = Math.min(2, Math.max(0.02, Math.min(w / (2 * dx), h / (2 * dy))));
    const pan = { x: side + w / 2 - zoom * p.x, y: top + h / 2 - zoom * p.y };
    this.cancelZoomOpen();
    cy.stop(true, false);
    cy.animate({ zoom, pan } as never, { duration: 300, complete: () => this.scheduleLabels(0) } as never);
  }

  private create(container: HTMLElement) {
    const started = performance.now();
    const count = store.graph.nodes.length + store.graph.edges.length;
    // `?renderer=webgl` and `?lod=off` exist for the scale measurement (test/e2e/scale.e2e.test.ts)
    const query = new URLSearchParams(location.search);
    const opts = renderOptions(query.get('lod') === 'off' ? 0 : count, { webgl: query.get('renderer') === 'webgl' });
    this.cy = cytoscape({
      container,
      elements: [],
      style: [...stylesheet(opts.style), ...OVERVIEW_STYLE] as never,
      layout: { name: 'preset' },
      minZoom: 0.02,
      maxZoom: 4,
      boxSelectionEnabled: true,
      selectionType: 'single',
      hideEdgesOnViewport: opts.renderer.hideEdgesOnViewport,
      textureOnViewport: opts.renderer.textureOnViewport,
      pixelRatio: opts.renderer.pixelRatio,
      ...(opts.renderer.webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
    } as cytoscape.CytoscapeOptions);
    this.rebuild();
    this.fitToPositions();
    this.bindEvents();
    store.mapApi = {
      drawing: () => this.wholeDrawing(),
      relayout: (kind?: LayoutKind) => this.relayout(kind),
      fit: () => this.fitToPositions(),
      selectedIds: () => this.cy!.$('node:selected').not('.group').not('.aggregate').map((n) => n.id()),
    };
    // for browser tests and measurements: where an element is on the page, and how it is drawn
    (window as unknown as { __skMap: object }).__skMap = {
      pagePosition: (id: string) => {
        const n = this.cy?.getElementById(id);
        if (!n || n.empty()) return null;
        const r = container.getBoundingClientRect();
        const p = n.renderedPosition();
        return { x: r.left + p.x, y: r.top + p.y };
      },
      modelPosition: (id: string) => {
        const n = this.cy?.getElementById(id);
        return n && n.nonempty() ? { ...n.position() } : null;
      },
      classes: (id: string) => {
        const n = this.cy?.getElementById(id);
        return n && n.nonempty() ? (n.classes() as unknown as string[]) : [];
      },
      text: (id: string) => this.cy?.getElementById(id).data('text') as string | undefined,
      shown: () => this.cy?.nodes().not('.hidden').not('.group').not('.aggregate').length ?? 0,
      shownIds: () => this.cy?.nodes().not('.hidden').not('.group').not('.aggregate').map((n) => n.id()) ?? [],
      zoom: () => this.cy?.zoom(),
      /** The Cytoscape instance itself: browser tests read its geometry (label boxes, font sizes). */
      cy: () => this.cy,
      /** True once the labels drawn match the view (no label pass pending). */
      labelsSettled: () => this.labelsDone && this.labelTimer === null,
      labelPassMs: () => this.labelPassMs,
      panBy: (x: number, y: number) => this.cy?.panBy({ x, y }),
      /** The overview's aggregates as drawn: area, counts, text (empty when the map is drawn whole). */
      aggregates: () => this.cy?.nodes('.aggregate').map((n) => ({ id: n.id(), area: n.data('area') as string, total: n.data('total') as number, forums: n.data('forums') as number, gaps: n.data('gaps') as number, text: n.data('text') as string })) ?? [],
      drawnCount: () => this.cy?.elements().length ?? 0,
      zoomTo: (level: number) => this.cy?.zoom({ level, renderedPosition: { x: this.cy.width() / 2, y: this.cy.height() / 2 } }),
    };
    // interactive: drawn and answering events; measured for the scale test
    requestAnimationFrame(() => {
      store.interactiveAt = performance.now();
      (window as unknown as { __skMetrics: object }).__skMetrics = {
        interactiveMs: Math.round(performance.now()),
        buildMs: Math.round(performance.now() - started),
        nodes: store.graph.nodes.length,
        edges: store.graph.edges.length,
        webgl: opts.renderer.webgl,
        // what Cytoscape holds: everything, or the overview (graph/aggregate.ts)
        drawn: this.cy?.elements().length ?? 0,
        overview: !!this.drawnOverview,
      };
      performance.mark('sk-interactive');
    });
  }

  /** Each node's look as of now, remembered so applyLooks touches only what changes later. */
  private lookFn() {
    const { ids, states } = store.visible();
    const input = { states, visible: ids, diff: store.diff(), messages: t(), highlight: store.highlight?.id ?? null, evidence: store.evidence?.ids ?? null };
    return (n: MapNode) => {
      const look = nodeLook(n, input);
      this.looks.set(n.id, look.classes + '\u0000' + look.text);
      return look;
    };
  }

  private rebuild() {
    const cy = this.cy!;
    this.looks.clear();
    this.ownFont.clear();
    this.enlarged.clear();
    this.kept.clear();
    this.labelsStale = true;
    this.findingSig = '';
    this.sliceGen++;
    this.slicing = false;
    cy.batch(() => {
      cy.elements().remove();
      cy.add(this.drawnDefs(this.lookFn()));
    });
    this.built = { graph: store.graph, positions: store.positions, grouping: store.state.grouping, lang: t().code, overview: this.overviewMode };
    // the bands' headings need the structured layout of the whole graph: on an overview (a large map) worked out in a worker
    if (!this.overviewMode) return this.findBands();
    this.findBandsAside(this.built);
  }

  /**
   * The bands' headings belong to the structured layout: shown while most
   * elements stand where it puts them (a drag or two keeps them), not over a
   * force layout. Not with grouping by principal, whose groups are titled.
   */
  private findBands() {
    this.showBands(structuredBands(store.graph, store.positions, store.state.grouping));
  }

  private showBands(bands: BandSpan[] | null) {
    const before = this.bandSpans;
    this.bandSpans = bands;
    if (before !== this.bandSpans) this.requestUpdate();
  }

  /**
   * findBands for a large map, in a worker (graph/bands-worker.ts): the
   * structured layout of a country would freeze the page for a task of its
   * own. The answer is taken while the map is still drawn from the same
   * data; where no worker can be made, a task of the page's own.
   */
  private findBandsAside(built: MapView['built']) {
    const n = ++this.bandsAsked;
    const fallback = () => setTimeout(() => {
      if (this.built === built && n === this.bandsAsked) this.findBands();
    }, 0);
    try {
      if (!this.bandsWorker) {
        this.bandsWorker = new Worker(new URL('../graph/bands-worker.ts', import.meta.url), { type: 'module' });
        this.bandsWorker.onmessage = (e: MessageEvent<{ n: number; bands: BandSpan[] | null }>) => {
          if (e.data.n === this.bandsFor?.n && this.built === this.bandsFor.built) this.showBands(e.data.bands);
        };
        this.bandsWorker.onerror = () => {
          this.bandsWorker?.terminate();
          this.bandsWorker = null;
          this.bandsBroken = true;
          const wanted = this.bandsFor;
          if (wanted && this.built === wanted.built) this.findBands();
        };
      }
      if (this.bandsBroken) return fallback();
      this.bandsFor = { n, built };
      // only the relationships the layout reads: a country's hundred thousand others need not be copied
      const graph: Graph = { nodes: store.graph.nodes, edges: store.graph.edges.filter((e) => STRUCTURE_TYPES.has(e.type)), version: store.graph.version };
      const request: BandsRequest = { n, graph, positions: store.positions, grouping: store.state.grouping };
      this.bandsWorker.postMessage(request);
    } catch {
      fallback();
    }
  }

  /** Keeps each band's heading over its band as the map pans and zooms. */
  private placeBandHeads() {
    const cy = this.cy;
    const heads = this.querySelectorAll<HTMLElement>('.band-head');
    if (!cy || !this.bandSpans || heads.length !== this.bandSpans.length) return;
    const zoom = cy.zoom(), pan = cy.pan();
    // narrow bands (zoomed out) take the short headings
    heads[0]!.parentElement!.classList.toggle('narrow', Math.min(...this.bandSpans.map((b) => b.x2 - b.x1 + STRUCTURED.bandGap)) * zoom < 115);
    this.bandSpans.forEach((b, i) => {
      const el = heads[i]!;
      // the heading may use half the gap on either side of its band
      const gap = STRUCTURED.bandGap / 2;
      el.style.left = `${(b.x1 - gap) * zoom + pan.x}px`;
      el.style.width = `${(b.x2 - b.x1 + 2 * gap) * zoom}px`;
    });
  }

  /**
   * Brings the drawn elements in line with the graph after an edit, a filter
   * or an area opened: adds, removes and moves only what changed. New nodes
   * get their look as they are added (styled once, not twice). Many new
   * elements at once (an area opened: hundreds of elements and thousands of
   * relationships) are added in slices, one a frame, so the page never
   * freezes while they are drawn; what the new view no longer holds (the
   * opened area's aggregate) goes with the last slice, so it stands until its
   * elements are all drawn.
   */
  private sync() {
    const cy = this.cy!;
    performance.mark('sk-map-sync');
    // a slicing in progress is overtaken: what it has not added yet is added by this one
    this.sliceGen++;
    this.slicing = false;
    const defs = this.drawnDefs();
    const want = new Set(defs.map((d) => d.data.id as string));
    const adds: ElementDefinition[] = [];
    cy.batch(() => {
      for (const d of defs) {
        const id = d.data.id as string;
        const ele = cy.getElementById(id);
        if (ele.empty()) {
          adds.push(d);
          continue;
        }
        if (d.classes === 'aggregate') {
          // an aggregate's counts, text and place follow the filters (an edge's ends never change: its id names them)
          // only what changed is set: Cytoscape styles and draws again whatever is set, changed or not
          const { id: _id, source: _s, target: _t, ...rest } = d.data;
          const now = ele.data() as Record<string, unknown>;
          if (Object.keys(rest).some((k) => now[k] !== rest[k])) ele.data(rest);
          const at = (ele as cytoscape.NodeSingular).position();
          if (d.position && (d.position.x !== at.x || d.position.y !== at.y)) (ele as cytoscape.NodeSingular).position(d.position);
          continue;
        }
        if (d.group === 'nodes') {
          if (isGroupId(id)) setIfChanged(ele, 'text', d.data.text);
          const parent = (d.data.parent as string | undefined) ?? null;
          const current = ele.isChild() ? ele.parent().first().id() : null;
          if (parent !== current) (ele as cytoscape.NodeSingular).move({ parent });
          setIfChanged(ele, 'name', d.data.name);
        } else setIfChanged(ele, 'role', d.data.role);
      }
    });
    this.built = { graph: store.graph, positions: store.positions, grouping: store.state.grouping, lang: t().code, overview: this.overviewMode };
    const removeStale = () => cy.elements().filter((e) => !want.has(e.id()) && !e.hasClass('finding')).remove();
    if (adds.length <= SLICE_MIN) {
      cy.batch(() => {
        removeStale();
        this.addWithLooks(adds);
      });
      this.labelsStale = true;
      return;
    }
    // the selection and a search hit first, after the aggregates and groups (a group is its members' parent): selected and shown as soon as they are drawn
    const first = new Set([store.state.selected, store.highlight?.id].filter((x): x is string => !!x));
    if (first.size) {
      const rank = (d: ElementDefinition) => (d.group !== 'nodes' ? 2 : d.classes === 'aggregate' || d.classes === 'group' ? 0 : first.has(d.data.id as string) ? 1 : 2);
      // stable: the rest keep their order, nodes before the relationships between them
      const ordered = [0, 1, 2].flatMap((r) => adds.filter((d) => rank(d) === r));
      adds.length = 0;
      for (const d of ordered) adds.push(d);
    }
    const gen = this.sliceGen;
    this.slicing = true;
    let at = 0, size = SLICE_MIN, began = 0;
    const step = () => {
      if (gen !== this.sliceGen || !this.cy) return;
      // the last slice and the frame that drew it took this long: the next one is sized to take about SLICE_MS
      const now = performance.now();
      if (began) size = Math.round(Math.min(SLICE_MAX, Math.max(SLICE_MIN, (size * SLICE_MS) / Math.max(1, now - began))));
      began = now;
      // nodes come before the relationships between them (drawnDefs' order; Cytoscape adds the nodes of one call first)
      const part = adds.slice(at, (at += size));
      const last = at >= adds.length;
      cy.batch(() => {
        this.addWithLooks(part);
        if (last) removeStale();
      });
      if (!last) {
        // this frame draws the slice; the next slice after it
        requestAnimationFrame(() => setTimeout(step, 0));
        this.syncSelection();
        return;
      }
      this.slicing = false;
      this.labelsStale = true;
      // finding lines to the elements now drawn
      this.findingSig = '';
      this.requestUpdate();
    };
    step();
  }

  /** Adds elements, each node with its look as of now (remembered, so applyLooks does not give it again). */
  private addWithLooks(defs: ElementDefinition[]) {
    if (!defs.length) return;
    const look = this.lookFn();
    for (const d of defs) {
      const n = d.group === 'nodes' && d.classes !== 'aggregate' ? store.byId.get(d.data.id as string) : undefined;
      if (!n) continue;
      const l = look(n);
      d.classes = l.classes;
      d.data.text = l.text;
    }
    this.cy!.add(defs);
  }

  /** Applies each node's look; only what changed is touched. True when something changed. */
  private applyLooks(): boolean {
    let changed = false;
    const cy = this.cy!;
    const { ids, states } = store.visible();
    const input = {
      states,
      visible: ids,
      diff: store.diff(),
      messages: t(),
      highlight: store.highlight?.id ?? null,
      evidence: store.evidence?.ids ?? null,
    };
    // an overview draws only some elements: the rest get their look when they are drawn (addWithLooks)
    const o = this.drawnOverview;
    const nodes = o ? [...o.nodes].map((id) => store.byId.get(id)).filter((n): n is MapNode => !!n) : store.graph.nodes;
    cy.batch(() => {
      for (const n of nodes) {
        const look = nodeLook(n, input);
        const sig = look.classes + '\u0000' + look.text;
        if (this.looks.get(n.id) === sig) continue;
        this.looks.set(n.id, sig);
        changed = true;
        this.ownFont.delete(n.id);
        const ele = cy.getElementById(n.id);
        ele.classes(look.classes);
        ele.data('text', look.text);
      }
      // groups with nothing shown in them are hidden too
      cy.nodes('.group').forEach((g) => {
        g.toggleClass('hidden', g.children().not('.hidden').empty());
      });
      // edges of the evidence stand out; the rest fade with their nodes
      cy.edges('.evidence').not('.finding').removeClass('evidence');
      const diff = input.diff;
      if (store.evidence) {
        const ev = store.evidence.ids;
        cy.edges().forEach((e: cytoscape.EdgeSingular) => {
          if (e.hasClass('finding')) return;
          const inside = ev.has(e.source().id()) && ev.has(e.target().id());
          e.toggleClass('evidence', inside);
          e.toggleClass('faded', !inside);
        });
      } else if (diff) {
        // in a plan comparison only the lines of what is added or ends stay strong
        const marked = (id: string) => diff.added.has(id) || diff.ending.has(id);
        cy.edges().forEach((e: cytoscape.EdgeSingular) => {
          if (!e.hasClass('finding')) e.toggleClass('faded', !marked(e.source().id()) && !marked(e.target().id()));
        });
      } else cy.edges('.faded').removeClass('faded');
      if (this.drawFindingLines()) changed = true;
    });
    this.syncSelection();
    return changed;
  }

  /** Lines for detected findings between the elements they concern; the selected one's with its title. */
  private drawFindingLines(): boolean {
    const cy = this.cy!;
    const selected = (store.evidence?.lines ?? []).map(([from, to, text]) => ({ from, to, text, on: true }));
    const seen = new Set(selected.map((l) => [l.from, l.to].sort().join('\u0000')));
    const others = allFindingLines(store.findings)
      .filter((l) => !seen.has([l.from, l.to].sort().join('\u0000')))
      .map((l) => ({ from: l.from, to: l.to, text: l.count > 1 ? `⚠ ${l.count}` : '⚠', on: false }));
    const want = [...selected, ...others];
    const sig = want.map((l) => `${l.from}>${l.to}>${l.text}`).join('|');
    if (sig === this.findingSig) return false;
    this.findingSig = sig;
    cy.remove(cy.edges('.finding'));
    want.forEach((l, i) => {
      if (cy.getElementById(l.from).empty() || cy.getElementById(l.to).empty()) return;
      cy.add({ group: 'edges', data: { id: `finding:${i}`, source: l.from, target: l.to, text: l.text }, classes: l.on ? 'finding evidence' : 'finding', selectable: false });
    });
    return true;
  }

  private syncSelection() {
    const cy = this.cy!;
    const sel = store.state.selected;
    const current = cy.$('node:selected');
    // several selected (shift-click adds one): the selection stands while it holds the element the page calls selected
    const several = !!sel && current.length > 1 && current.anySame(cy.getElementById(sel));
    if (!several && (current.length !== (sel ? 1 : 0) || (sel && current.id() !== sel))) {
      current.unselect();
      if (sel) cy.getElementById(sel).select();
    }
    const h = store.highlight;
    // a search hit still being drawn (slices) is moved to once it is there
    if (h && h.n !== this.lastHighlight && !(this.slicing && cy.getElementById(h.id).empty())) {
      this.lastHighlight = h.n;
      const node = cy.getElementById(h.id);
      if (node.nonempty() && !node.hasClass('hidden')) {
        this.cancelZoomOpen();
        cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1.1) } as never, { duration: 350 });
      }
    }
  }

  private bindEvents() {
    const cy = this.cy!;
    cy.on('tap', 'node', (ev) => {
      const n = ev.target as NodeSingular;
      if (n.hasClass('aggregate')) return this.expand(n.data('area') as string);
      if (isGroupId(n.id())) return;
      store.select(n.id());
    });
    cy.on('tap', (ev) => {
      if (ev.target !== cy) return;
      store.evidence = null;
      store.select(null);
    });
    // a box (shift-drag) selects several: the page's selected element becomes one of them, so the box's selection stands (syncSelection)
    cy.on('boxend', () => {
      setTimeout(() => {
        const boxed = cy.$('node:selected').not('.group').not('.aggregate');
        const sel = store.state.selected;
        if (boxed.length > 1 && !(sel && boxed.anySame(cy.getElementById(sel)))) store.select(boxed.last().id());
      });
    });
    // labels are chosen again once a zoom or pan ends
    cy.on('viewport', () => {
      this.scheduleLabels();
      this.placeBandHeads();
    });
    // a person's zoom: the wheel about the pointer, a pinch about its middle (Cytoscape zooms on both; these only watch)
    const box = cy.container()!;
    box.addEventListener('wheel', (e) => {
      if (e.deltaY === 0) return;
      const r = box.getBoundingClientRect();
      this.zoomedByPerson(e.clientX - r.left, e.clientY - r.top);
    }, { passive: true, capture: true });
    box.addEventListener('touchmove', (e) => {
      if (e.touches.length < 2) return;
      const r = box.getBoundingClientRect();
      const [a, b] = [e.touches[0]!, e.touches[1]!];
      this.zoomedByPerson((a.clientX + b.clientX) / 2 - r.left, (a.clientY + b.clientY) / 2 - r.top);
    }, { passive: true, capture: true });
    cy.on('mouseover', 'node', (ev) => (ev.target as NodeSingular).addClass('label-hover'));
    cy.on('mouseout', 'node', (ev) => (ev.target as NodeSingular).removeClass('label-hover'));
    cy.on('dragfree', 'node', (ev) => {
      const n = ev.target as NodeSingular;
      // a group moves its members: save where each of them ended up
      const moved = n.isParent() ? n.descendants() : cy.collection().union(n);
      const pos: Positions = {};
      moved.forEach((x: cytoscape.NodeSingular) => {
        if (!isGroupId(x.id()) && !x.hasClass('aggregate')) pos[x.id()] = { ...x.position() };
      });
      void store.savePositions(pos, false);
    });
  }

  private onKey = (e: KeyboardEvent) => {
    const cy = this.cy;
    if (!cy) return;
    const pans: Record<string, [number, number]> = { ArrowLeft: [PAN_STEP, 0], ArrowRight: [-PAN_STEP, 0], ArrowUp: [0, PAN_STEP], ArrowDown: [0, -PAN_STEP] };
    if (pans[e.key]) cy.panBy({ x: pans[e.key]![0], y: pans[e.key]![1] });
    else if (e.key === '+' || e.key === '=') this.zoomBy(1.25);
    else if (e.key === '-') this.zoomBy(0.8);
    else if (e.key === '0') this.fitToPositions();
    else if (e.key === 'Escape') store.select(null);
    else return;
    e.preventDefault();
  };

  private zoomBy(f: number) {
    const cy = this.cy;
    if (!cy) return;
    const at = { x: cy.width() / 2, y: cy.height() / 2 };
    this.zoomedByPerson(at.x, at.y);
    cy.zoom({ level: cy.zoom() * f, renderedPosition: at });
  }

  /**
   * The person zooms (wheel, pinch, the zoom buttons or keys) about a point on
   * the map (its own pixels): once the zoom rests, an area that has grown
   * large under that point opens. Called before the zoom is applied; every
   * call restarts the wait, so a zoom in progress opens nothing.
   */
  private zoomedByPerson(x: number, y: number) {
    const cy = this.cy;
    if (!cy || !this.drawnOverview) return;
    const from = this.userZoom?.from ?? cy.zoom();
    if (this.userZoom?.timer) clearTimeout(this.userZoom.timer);
    this.userZoom = { x, y, from, timer: setTimeout(() => this.openZoomedArea(), ZOOM_OPEN_REST_MS) };
  }

  /** A zoom of the person's not yet rested ends without opening anything (the page moved the view itself). */
  private cancelZoomOpen() {
    if (this.userZoom?.timer) clearTimeout(this.userZoom.timer);
    this.userZoom = null;
  }

  /** The zoom has rested: zoomed in, the aggregate under its centre opens if it is drawn large. Zooming out closes nothing. */
  private openZoomedArea() {
    const cy = this.cy, z = this.userZoom;
    this.userZoom = null;
    if (!cy || !z || cy.zoom() <= z.from * 1.001) return;
    const big = Math.min(cy.width(), cy.height()) * ZOOM_OPEN_SHARE;
    const under = cy.nodes('.aggregate').filter((n) => {
      const b = n.renderedBoundingBox({ includeLabels: false, includeOverlays: false } as never);
      return Math.min(b.w, b.h) > big && z.x >= b.x1 && z.x <= b.x2 && z.y >= b.y1 && z.y <= b.y2;
    });
    if (under.nonempty()) this.expand(under.first().data('area') as string);
  }

  /**
   * An editor's "Ordna om": computes a new layout of everything (shown or
   * not), the structured one unless the force layout is asked for, draws it and
   * saves it for everyone. The only place a whole layout is saved.
   */
  async relayout(kind: LayoutKind = 'structured'): Promise<void> {
    const cy = this.cy;
    if (!cy || this.laying || !store.canEditLayout) return;
    // the overview draws only some elements: a force layout of them would save a layout of part of the map
    if (kind === 'force' && this.overviewMode) {
      store.toast(t().overview.noForce, 'error');
      return;
    }
    this.laying = true;
    this.requestUpdate();
    await new Promise((r) => setTimeout(r, 30)); // let the button show it is working
    try {
      const pos: Positions = {};
      if (kind === 'force') {
        const layout = cy.layout({ ...fcoseOptions(cy.nodes().length), eles: cy.elements().not('.finding') } as never);
        const done = new Promise<void>((r) => layout.one('layoutstop', () => r()));
        layout.run();
        await done;
        cy.nodes().forEach((n) => {
          if (!isGroupId(n.id())) pos[n.id()] = { x: Math.round(n.position('x') * 10) / 10, y: Math.round(n.position('y') * 10) / 10 };
        });
      } else {
        Object.assign(pos, structuredLayout(store.graph, { grouping: store.state.grouping }));
        cy.batch(() => {
          cy.nodes().forEach((n) => {
            const p = pos[n.id()];
            if (p && !n.isParent()) n.position(p);
          });
        });
      }
      await store.savePositions(pos, true);
      // the positions object changed: mark it built so the map is not rebuilt from it
      if (this.built) this.built.positions = store.positions;
      this.findBands();
      this.fitToPositions();
      store.toast(t().map.positionsSaved);
    } finally {
      this.laying = false;
      this.requestUpdate();
    }
  }
}

customElements.define('sk-map', MapView);
