// <sk-search>: text search (the API's full-text `search`) as an ARIA combobox;
// choosing a hit selects the element, jumps to it on the map and highlights it.
import { html, nothing } from 'lit';
import { gql } from '../api.ts';
import { EMPTY_FILTER } from '../graph/filters.ts';
import { enumLabel, t } from '../i18n/index.ts';
import { SEARCH } from '../queries.ts';
import { store } from '../store.ts';
import { StoreElement } from './base.ts';
import { NameIndex } from '../graph/search.ts';

/** Hits listed at most. */
const LIMIT = 12;

interface Hit {
  score: number;
  node: { id: string; label: string; name: string };
}

export class SearchBox extends StoreElement {
  static override properties = { hits: { state: true }, active: { state: true }, open: { state: true }, query: { state: true } };
  declare hits: Hit[];
  declare active: number;
  declare open: boolean;
  declare query: string;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private seq = 0;
  private names: NameIndex | null = null;
  private indexing = false;
  /** The frame the page's own hits are found in, while one is asked for. */
  private frame: number | null = null;
  /** The `seq` the API last answered. */
  private answered = -1;

  constructor() {
    super();
    this.hits = [];
    this.active = -1;
    this.open = false;
    this.query = '';
  }

  override render() {
    const m = t();
    const listId = 'search-results';
    return html`
      <div class="search" role="search">
        <label for="search-input" class="visually-hidden">${m.search.label}</label>
        <input
          id="search-input"
          type="search"
          role="combobox"
          autocomplete="off"
          aria-autocomplete="list"
          aria-controls=${listId}
          aria-expanded=${this.open ? 'true' : 'false'}
          aria-activedescendant=${this.active >= 0 ? `hit-${this.active}` : nothing}
          aria-describedby="search-hint"
          placeholder=${m.search.placeholder}
          .value=${this.query}
          @input=${this.onInput}
          @keydown=${this.onKey}
          @blur=${() => setTimeout(() => (this.open = false), 150)}
        />
        <span id="search-hint" class="visually-hidden">${m.search.hint}</span>
        <ul id=${listId} role="listbox" aria-label=${m.search.label} ?hidden=${!this.open}>
          ${this.hits.length
            ? this.hits.map((h, i) => html`
                <li id=${`hit-${i}`} role="option" aria-selected=${i === this.active ? 'true' : 'false'} class=${i === this.active ? 'active' : ''}
                  @mousedown=${(e: Event) => { e.preventDefault(); this.choose(h); }}>
                  <span class="hit-name">${h.node.name}</span> <span class="hit-type">${enumLabel('NodeLabel', h.node.label)}</span>
                </li>`)
            : this.query.trim().length >= 2
              ? html`<li role="option" aria-disabled="true" class="empty">${m.search.none(this.query.trim())}</li>`
              : nothing}
        </ul>
        <span class="visually-hidden" role="status" aria-live="polite">${this.open && this.hits.length ? m.search.results(this.hits.length) : ''}</span>
      </div>
    `;
  }

  private onInput = (e: Event) => {
    this.query = (e.target as HTMLInputElement).value;
    clearTimeout(this.timer);
    // an answer to what was typed before is no longer wanted
    this.seq++;
    const q = this.query.trim();
    if (q.length < 2) {
      this.hits = [];
      this.open = false;
      return;
    }
    // the names the page holds, found for the next frame (keys typed within one frame look once); the API's
    // full-text search (descriptions, evidence) after a pause
    if (this.frame === null) {
      this.frame = requestAnimationFrame(() => {
        this.frame = null;
        const text = this.query.trim();
        if (text.length < 2) return;
        const local = this.nameIndex().search(text, LIMIT);
        const seq = this.seq;
        // the API's answer to this very text may have come first
        if (this.answered === seq) return;
        this.hits = local;
        this.active = local.length ? 0 : -1;
        this.open = local.length > 0;
      });
    }
    this.timer = setTimeout(() => void this.run(q), 180);
  };

  override updated(): void {
    // the names are folded while the page is idle after the map has loaded (a country's take a task of about 100 ms), not at the first key
    if (!store.loading && store.graph.nodes.length && this.names?.nodes !== store.graph.nodes && !this.indexing) {
      this.indexing = true;
      const idle = (window as { requestIdleCallback?: (f: () => void, o: { timeout: number }) => void }).requestIdleCallback ?? ((f: () => void) => setTimeout(f, 200));
      idle(() => {
        this.indexing = false;
        this.nameIndex();
      }, { timeout: 3000 });
    }
  }

  /** The page's index of names (graph/search.ts), made again when the map changes (the names it had folded are kept). */
  private nameIndex(): NameIndex {
    if (this.names?.nodes !== store.graph.nodes) this.names = new NameIndex(store.graph.nodes, this.names);
    return this.names;
  }

  private async run(q: string) {
    const seq = ++this.seq;
    try {
      const r = await gql<{ search: Hit[] }>(SEARCH, { text: q, limit: LIMIT });
      if (seq !== this.seq) return; // an answer to an older query
      this.answered = seq;
      this.hits = r.search;
      this.active = this.hits.length ? 0 : -1;
      this.open = true;
    } catch {
      this.hits = [];
      this.open = true;
    }
  }

  private onKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' && this.hits.length) {
      this.open = true;
      this.active = (this.active + 1) % this.hits.length;
    } else if (e.key === 'ArrowUp' && this.hits.length) {
      this.active = (this.active - 1 + this.hits.length) % this.hits.length;
    } else if (e.key === 'Enter') {
      const h = this.hits[this.active] ?? this.hits[0];
      if (h) this.choose(h);
      else if (this.query.trim().length >= 2) void this.run(this.query.trim());
    } else if (e.key === 'Escape') {
      this.open = false;
    } else return;
    e.preventDefault();
  };

  private choose(h: Hit) {
    this.open = false;
    this.query = h.node.name;
    // an element hidden by the filters is shown by clearing them: the person asked for it by name
    const vis = store.visible();
    if (!vis.ids.has(h.node.id) && store.byId.has(h.node.id)) {
      store.setState({ ...EMPTY_FILTER, focus: 0 });
    }
    store.select(h.node.id, { highlight: true });
    if (store.state.tab !== 'map') store.setState({ tab: 'map' });
  }
}

customElements.define('sk-search', SearchBox);
