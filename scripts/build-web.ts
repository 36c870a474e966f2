// `npm run build`: builds the web page (the map and GraphiQL) with Vite when
// its sources are newer than the build. `npm start` runs it with
// --or-continue: a failed build is reported and the API starts without the
// page, as before the page existed.
import { ensureWebBuild } from '../server/web.ts';

const orContinue = process.argv.includes('--or-continue');
try {
  await ensureWebBuild({ log: (m) => console.log(m) });
} catch (e) {
  console.error('The web page could not be built:', e);
  if (orContinue) console.error('Starting the API without it.');
  process.exit(orContinue ? 0 : 1);
}
