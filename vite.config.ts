// Builds the map (web/) and GraphiQL (web/graphiql/) into dist/web, two
// pages sharing one folder of hashed assets; server/web.ts serves them and
// runs this build at start when it is missing or stale.
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

/**
 * jsPDF (the committee pictures' PDF, web/src/graph/picture.ts) carries a CDN
 * address for an output the page never asks for (`pdfobjectnewwindow` loads
 * PDFObject from cdnjs); the page loads nothing from elsewhere (its content
 * security policy would refuse it anyway), so the address is taken out of the
 * bundle, and test/web/graphiql-page.test.ts finds no CDN in any built file.
 */
function noCdnInJspdf(): Plugin {
  const CDN = 'https://cdnjs.cloudflare.com/ajax/libs/pdfobject/2.1.1/pdfobject.min.js';
  return {
    name: 'samverkanskartan:no-cdn-in-jspdf',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]jspdf[\\/]/.test(id) || !code.includes(CDN)) return null;
      return { code: code.split(CDN).join(''), map: null };
    },
  };
}

export default defineConfig({
  root: here('./web'),
  plugins: [noCdnInJspdf()],
  // assets are served from the site root by server/web.ts
  base: '/',
  build: {
    outDir: here('./dist/web'),
    emptyOutDir: true,
    // hashed file names: the server caches them for a year
    assetsDir: 'assets',
    sourcemap: true,
    // cytoscape alone is ~430 kB; the map is one page, so one chunk is fine.
    // GraphiQL's Monaco editor is larger still (~4 MB, its own page and workers)
    chunkSizeWarningLimit: 5000,
    rolldownOptions: {
      // the map at /, GraphiQL at /graphiql, a read-only link's page at /v/<token>, an area's report at /rapport/<id> (server/web.ts: WEB_PAGES)
      input: { map: here('./web/index.html'), graphiql: here('./web/graphiql/index.html'), shared: here('./web/shared.html'), report: here('./web/report.html') },
      // GraphiQL's React packages mark their modules "use client" (for React Server Components,
      // which a browser-only bundle has none of): dropping the directive is right, so not worth a warning each
      onLog(level, log, handler) {
        if (log.code === 'MODULE_LEVEL_DIRECTIVE') return;
        handler(level, log);
      },
    },
  },
  server: {
    // `npx vite` for development: the API comes from `npm start` on port 4000
    proxy: { '/graphql': 'http://127.0.0.1:4000' },
    fs: { allow: [here('.')] },
  },
});
