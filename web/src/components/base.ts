// The base of every panel: Lit, rendered into the light DOM (one stylesheet
// for the page, and the page's focus order is the document's), re-rendered
// when the store or the language changes. Lit escapes every interpolated
// value: nothing a person typed becomes markup.
import { LitElement } from 'lit';
import { onLangChange } from '../i18n/index.ts';
import { store } from '../store.ts';

export class StoreElement extends LitElement {
  private unsubscribe: Array<() => void> = [];

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.unsubscribe.push(store.subscribe(() => this.storeChanged()), onLangChange(() => this.requestUpdate()));
    // a panel opened after the data arrived starts from the store as it is
    this.storeChanged();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe.forEach((u) => u());
    this.unsubscribe = [];
  }

  /** Called on every store change; re-renders by default. */
  protected storeChanged(): void {
    this.requestUpdate();
  }
}

/** A unique id for label/control pairs. */
let seq = 0;
export const uid = (prefix: string) => `${prefix}-${++seq}`;
