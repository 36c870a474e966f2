// <sk-map>: the Cytoscape map. Draws the store's graph at stored positions
// (computing and saving a layout only when none is stored), applies each
// node's look (graph/view.ts), follows the selection, and saves a dragged
// node's position for everyone.
import cytoscape, { type Core, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import { html, svg as svgTemplate, type TemplateResult } from 'lit';
import { buildElements, isGroupId } from '../graph/elements.ts';
import { allFindingLines } from '../graph/gaps.ts';
import { fcoseOptions, renderOptions } from '../graph/lod.ts';
import { stylesheet } from '../graph/style.ts';
import { EMPTY_FILTER } from '../graph/filters.ts';
import { NODE_LABELS, type MapNode, type NodeLabel, type Positions } from '../graph/types.ts';
import { nodeLook } from '../graph/view.ts';
import { t } from '../i18n/index.ts';
import { store } from '../store.ts';
import { StoreElement } from './base.ts';

/**
 * The map's shape of each element type, drawn (not a character a font may
 * lack: the care level's ⬭ showed as a missing-glyph box): ellipse, rounded
 * rectangle, barrel, diamond, pentagon, triangle, as the stylesheet has them.
 */
const SHAPES: Record<NodeLabel, TemplateResult> = {
  Actor: svgTemplate`<circle cx="8" cy="6" r="5" />`,
  Forum: svgTemplate`<rect x="1" y="2" width="14" height="8" rx="2" />`,
  CareLevel: svgTemplate`<path d="M3 1.5 H13 Q15.5 6 13 10.5 H3 Q0.5 6 3 1.5 Z" />`,
  TargetGroup: svgTemplate`<path d="M8 0.5 L14 6 L8 11.5 L2 6 Z" />`,
  Initiative: svgTemplate`<path d="M8 0.5 L14 5 L12 11.5 H4 L2 5 Z" />`,
  Gap: svgTemplate`<path d="M8 0.5 L15 11.5 H1 Z" />`,
};
const shapeIcon = (label: NodeLabel) =>
  html`<svg class="shape-icon" viewBox="0 0 16 12" width="16" height="12" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.4">${SHAPES[label]}</svg>`;

cytoscape.use(fcose);
cytoscape.use(svg);

const PAN_STEP = 80;

export class MapView extends StoreElement {
  private cy: Core | null = null;
  private built: { graph: unknown; positions: unknown; grouping: string; lang: string } | null = null;
  private looks = new Map<string, string>();
  private lastHighlight = 0;
  private laying = false;
  private findingSig = '';

  override render() {
    const m = t();
    const vis = store.loading ? null : store.visible();
    const empty = !store.loading && !store.loadError && vis && vis.ids.size === 0;
    return html`
      <div class="map-toolbar" role="toolbar" aria-label=${m.map.label}>
        <button type="button" @click=${() => this.cy?.fit(undefined, 40)} title=${m.map.fit}>⤢ ${m.map.fit}</button>
        <button type="button" @click=${() => this.zoomBy(1.25)} aria-label=${m.map.zoomIn} title=${m.map.zoomIn}>+</button>
        <button type="button" @click=${() => this.zoomBy(0.8)} aria-label=${m.map.zoomOut} title=${m.map.zoomOut}>−</button>
        <button type="button" id="relayout" @click=${() => this.relayout()} title=${m.map.relayoutHelp} aria-disabled=${this.laying ? 'true' : 'false'}>
          ↻ ${this.laying ? m.map.relayoutRunning : m.map.relayout}
        </button>
      </div>
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
      ${empty
        ? html`<div class="map-empty" role="status">
            <p><strong>${store.graph.nodes.length ? m.map.empty : m.map.emptyStore}</strong></p>
            ${store.graph.nodes.length ? html`<p>${m.map.emptyHint}</p><button type="button" @click=${() => this.clearFilters()}>${m.filters.clear}</button>` : ''}
          </div>`
        : ''}
      <details class="legend">
        <summary>${m.map.legend}</summary>
        <ul>
          <li>${m.map.legendShapes}:
            ${NODE_LABELS.map((l, i) => html`<span class="legend-shape" data-label=${l}>${shapeIcon(l)} ${m.enums.NodeLabel[l]}</span>${i < NODE_LABELS.length - 1 ? ', ' : ''}`)}</li>
          <li>${m.map.legendPrincipal}: ${Object.entries(m.enums.PrincipalLetter).map(([p, l]) => `[${l}] ${m.enums.Principal[p as keyof typeof m.enums.Principal]}`).join(', ')}</li>
          <li>${m.map.legendStatus}</li>
          <li>${m.map.legendGap}</li>
        </ul>
      </details>
    `;
  }

  /**
   * Fits the view to the stored positions of what is shown: the same view as
   * cy.fit() without measuring every label (seconds on ten thousand elements).
   */
  private fitToPositions() {
    const cy = this.cy!;
    const { ids } = store.visible();
    let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
    for (const id of ids) {
      const p = store.positions[id];
      if (!p) continue;
      minX = Math.min(minX, p.x); maxX = Math.max(maxX, p.x); minY = Math.min(minY, p.y); maxY = Math.max(maxY, p.y);
    }
    if (!Number.isFinite(minX)) return;
    const pad = 80;
    const zoom = Math.min(4, Math.max(0.02, Math.min(cy.width() / (maxX - minX + 2 * pad), cy.height() / (maxY - minY + 2 * pad))));
    cy.viewport({ zoom, pan: { x: cy.width() / 2 - zoom * (minX + maxX) / 2, y: cy.height() / 2 - zoom * (minY + maxY) / 2 } });
  }

  private clearFilters() {
    store.setState({ ...EMPTY_FILTER, focus: 0, asOf: null });
  }

  override updated(): void {
    if (store.loading || store.loadError) return;
    const container = this.querySelector<HTMLElement>('#cy');
    if (!container) return;
    if (!this.cy) this.create(container);
    else if (this.built) {
      const b = this.built;
      // a new grouping or a newly loaded layout moves everything: draw afresh; an edit or a language only changes a few elements
      if (b.grouping !== store.state.grouping || (b.graph === store.graph && b.positions !== store.positions)) this.rebuild();
      else if (b.graph !== store.graph || b.lang !== t().code) this.sync();
    }
    if (!this.hidden) this.cy!.resize();
    this.applyLooks();
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
      style: stylesheet(opts.style) as never,
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
      png: () => this.cy!.png({ output: 'blob-promise', bg: '#ffffff', full: false, scale: 2 }),
      svg: () => (this.cy as unknown as { svg(o: object): string }).svg({ full: false, bg: '#ffffff', scale: 1 }),
      relayout: () => this.relayout(),
      fit: () => this.cy?.fit(undefined, 40),
      selectedIds: () => this.cy!.$('node:selected').not('.group').map((n) => n.id()),
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
      shown: () => this.cy?.nodes().not('.hidden').not('.group').length ?? 0,
      shownIds: () => this.cy?.nodes().not('.hidden').not('.group').map((n) => n.id()) ?? [],
      zoom: () => this.cy?.zoom(),
      panBy: (x: number, y: number) => this.cy?.panBy({ x, y }),
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
      };
      performance.mark('sk-interactive');
    });
    // after this update: a layout started inside one would schedule another
    if (store.needsLayout) queueMicrotask(() => void this.relayout());
    else if (store.placedNew.length) {
      const placed: Positions = {};
      for (const id of store.placedNew) if (store.positions[id]) placed[id] = store.positions[id]!;
      store.placedNew = [];
      void store.savePositions(placed, false);
    }
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
    this.findingSig = '';
    cy.batch(() => {
      cy.elements().remove();
      cy.add(buildElements(store.graph, { grouping: store.state.grouping, positions: store.positions, messages: t(), look: this.lookFn() }));
    });
    this.built = { graph: store.graph, positions: store.positions, grouping: store.state.grouping, lang: t().code };
    if (store.needsLayout && !this.laying) {
      store.needsLayout = false;
      queueMicrotask(() => void this.relayout());
    }
  }

  /** Brings the drawn elements in line with the graph after an edit: adds, removes and moves only what changed. */
  private sync() {
    const cy = this.cy!;
    const defs = buildElements(store.graph, { grouping: store.state.grouping, positions: store.positions, messages: t() });
    const want = new Set(defs.map((d) => d.data.id as string));
    cy.batch(() => {
      cy.elements().filter((e) => !want.has(e.id()) && !e.hasClass('finding')).remove();
      for (const d of defs) {
        const id = d.data.id as string;
        const ele = cy.getElementById(id);
        if (ele.empty()) {
          // a new element: applyLooks gives it its look
          cy.add(d);
          this.looks.delete(id);
          continue;
        }
        if (d.group === 'nodes') {
          if (isGroupId(id)) ele.data('text', d.data.text);
          const parent = (d.data.parent as string | undefined) ?? null;
          const current = ele.isChild() ? ele.parent().first().id() : null;
          if (parent !== current) (ele as cytoscape.NodeSingular).move({ parent });
          ele.data('name', d.data.name);
        } else ele.data({ role: d.data.role });
      }
    });
    this.built = { graph: store.graph, positions: store.positions, grouping: store.state.grouping, lang: t().code };
  }

  /** Applies each node's look; only what changed is touched. */
  private applyLooks() {
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
    cy.batch(() => {
      for (const n of store.graph.nodes) {
        const look = nodeLook(n, input);
        const sig = look.classes + '\u0000' + look.text;
        if (this.looks.get(n.id) === sig) continue;
        this.looks.set(n.id, sig);
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
      this.drawFindingLines();
    });
    this.syncSelection();
  }

  /** Lines for detected findings between the elements they concern; the selected one's with its title. */
  private drawFindingLines() {
    const cy = this.cy!;
    const selected = (store.evidence?.lines ?? []).map(([from, to, text]) => ({ from, to, text, on: true }));
    const seen = new Set(selected.map((l) => [l.from, l.to].sort().join('\u0000')));
    const others = allFindingLines(store.findings)
      .filter((l) => !seen.has([l.from, l.to].sort().join('\u0000')))
      .map((l) => ({ from: l.from, to: l.to, text: l.count > 1 ? `⚠ ${l.count}` : '⚠', on: false }));
    const want = [...selected, ...others];
    const sig = want.map((l) => `${l.from}>${l.to}>${l.text}`).join('|');
    if (sig === this.findingSig) return;
    this.findingSig = sig;
    cy.remove(cy.edges('.finding'));
    want.forEach((l, i) => {
      if (cy.getElementById(l.from).empty() || cy.getElementById(l.to).empty()) return;
      cy.add({ group: 'edges', data: { id: `finding:${i}`, source: l.from, target: l.to, text: l.text }, classes: l.on ? 'finding evidence' : 'finding', selectable: false });
    });
  }

  private syncSelection() {
    const cy = this.cy!;
    const sel = store.state.selected;
    const current = cy.$('node:selected');
    if (current.length !== (sel ? 1 : 0) || (sel && current.id() !== sel)) {
      current.unselect();
      if (sel) cy.getElementById(sel).select();
    }
    const h = store.highlight;
    if (h && h.n !== this.lastHighlight) {
      this.lastHighlight = h.n;
      const node = cy.getElementById(h.id);
      if (node.nonempty() && !node.hasClass('hidden')) {
        cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1.1) } as never, { duration: 350 });
      }
    }
  }

  private bindEvents() {
    const cy = this.cy!;
    cy.on('tap', 'node', (ev) => {
      const n = ev.target as NodeSingular;
      if (isGroupId(n.id())) return;
      store.select(n.id());
    });
    cy.on('tap', (ev) => {
      if (ev.target !== cy) return;
      store.evidence = null;
      store.select(null);
    });
    cy.on('dragfree', 'node', (ev) => {
      const n = ev.target as NodeSingular;
      // a group moves its members: save where each of them ended up
      const moved = n.isParent() ? n.descendants() : cy.collection().union(n);
      const pos: Positions = {};
      moved.forEach((x: cytoscape.NodeSingular) => {
        if (!isGroupId(x.id())) pos[x.id()] = { ...x.position() };
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
    else if (e.key === '0') cy.fit(undefined, 40);
    else if (e.key === 'Escape') store.select(null);
    else return;
    e.preventDefault();
  };

  private zoomBy(f: number) {
    const cy = this.cy;
    if (!cy) return;
    cy.zoom({ level: cy.zoom() * f, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  /** Computes a new layout of everything (shown or not), draws it and saves it for everyone. */
  async relayout(): Promise<void> {
    const cy = this.cy;
    if (!cy || this.laying) return;
    this.laying = true;
    this.requestUpdate();
    await new Promise((r) => setTimeout(r, 30)); // let the button show it is working
    try {
      const nodes = cy.nodes();
      const layout = cy.layout({ ...fcoseOptions(nodes.length), eles: cy.elements().not('.finding') } as never);
      const done = new Promise<void>((r) => layout.one('layoutstop', () => r()));
      layout.run();
      await done;
      const pos: Positions = {};
      cy.nodes().forEach((n) => {
        if (!isGroupId(n.id())) pos[n.id()] = { x: Math.round(n.position('x') * 10) / 10, y: Math.round(n.position('y') * 10) / 10 };
      });
      await store.savePositions(pos, true);
      // the positions object changed: mark it built so the map is not rebuilt from it
      if (this.built) this.built.positions = store.positions;
      store.toast(t().map.positionsSaved);
    } finally {
      this.laying = false;
      this.requestUpdate();
    }
  }
}

customElements.define('sk-map', MapView);
