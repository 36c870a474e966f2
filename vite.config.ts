// Builds the map (web/) into dist/web; server/web.ts serves it and runs this
// build at start when it is missing or stale.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here('./web'),
  // assets are served from the site root by server/web.ts
  base: '/',
  build: {
    outDir: here('./dist/web'),
    emptyOutDir: true,
    // hashed file names: the server caches them for a year
    assetsDir: 'assets',
    sourcemap: true,
    // cytoscape alone is ~430 kB; the map is one page, so one chunk is fine
    chunkSizeWarningLimit: 1200,
  },
  server: {
    // `npx vite` for development: the API comes from `npm start` on port 4000
    proxy: { '/graphql': 'http://127.0.0.1:4000' },
    fs: { allow: [here('.')] },
  },
});
