// <sk-list>: what the map shows, as a table: the keyboard's and the screen
// reader's way to the same elements (choose one to see its details).
import { html, nothing } from 'lit';
import { KIND_ENUM_OF } from '../../../schema/enums.ts';
import { NODE_LABELS } from '../graph/types.ts';
import { enumLabel, t } from '../i18n/index.ts';
import { store } from '../store.ts';
import { StoreElement } from './base.ts';

const MAX_ROWS = 500;

export class ElementList extends StoreElement {
  override render() {
    const m = t();
    if (store.loading) return nothing;
    const { ids, states } = store.visible();
    const rank = new Map(NODE_LABELS.map((l, i) => [l, i]));
    const rows = store.graph.nodes.filter((n) => ids.has(n.id)).sort((a, b) => rank.get(a.label)! - rank.get(b.label)! || a.name.localeCompare(b.name, 'sv'));
    if (!rows.length) return html`<p class="empty-state">${m.list.empty}</p>`;
    return html`
      <div class="table-wrap">
        <table class="element-list">
          <caption>${m.list.caption} (${rows.length})</caption>
          <thead><tr><th scope="col">${m.list.name}</th><th scope="col">${m.list.type}</th><th scope="col">${m.list.kind}</th><th scope="col">${m.list.status}</th></tr></thead>
          <tbody>
            ${rows.slice(0, MAX_ROWS).map((n) => {
              const kindEnum = KIND_ENUM_OF[n.label];
              const state = states.get(n.id);
              return html`<tr class=${store.state.selected === n.id ? 'selected' : ''}>
                <th scope="row"><button type="button" class="ref" @click=${() => store.select(n.id, { highlight: true })}>${n.name}</button></th>
                <td>${m.enums.NodeLabel[n.label]}${n.principal ? ` [${m.enums.PrincipalLetter[n.principal]}]` : ''}</td>
                <td>${kindEnum && n.kind ? enumLabel(kindEnum, n.kind) : ''}</td>
                <td>${n.label === 'Gap' ? enumLabel('GapStatus', n.status) : n.label === 'Forum' || n.label === 'Initiative' ? (state === 'expected' ? m.time.expected : enumLabel('Status', state?.toUpperCase())) : ''}</td>
              </tr>`;
            })}
          </tbody>
        </table>
        ${rows.length > MAX_ROWS ? html`<p class="muted">${MAX_ROWS} / ${rows.length}</p>` : nothing}
      </div>
    `;
  }
}

customElements.define('sk-list', ElementList);
