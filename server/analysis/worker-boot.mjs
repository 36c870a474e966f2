// The analysis worker's entry: the app runs TypeScript through tsx, and a
// worker thread starts without the parent's loader, so it registers tsx here
// before loading the worker itself.
import { register } from 'tsx/esm/api';

register();
await import(new URL('./worker.ts', import.meta.url).href);
