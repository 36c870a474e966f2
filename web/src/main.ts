// The map's entry: state from the URL, then the graph, then the page.
import './styles.css';
import './components/app-shell.ts';
import { store } from './store.ts';

store.readUrl();
window.addEventListener('hashchange', () => store.readUrl());
void store.load();
