// The map's entry: state from the URL, then the graph, then the page, then
// the live updates (others' changes as they are made).
import './styles.css';
import './components/app-shell.ts';
import { startLive } from './live.ts';
import { store } from './store.ts';

store.readUrl();
window.addEventListener('hashchange', () => store.readUrl());
void store.load();
startLive(store);
