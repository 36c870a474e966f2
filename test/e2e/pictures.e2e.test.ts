// Pictures for committees (#16): PNG, SVG and PDF of the whole view, not only
// what the screen shows, with title, date, the filters in words and the
// legend, on A4 or A3 landscape. On the Västerbotten seed, zoomed in so the
// screen holds only a part of the map.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { legendEntries } from '../../web/src/graph/legend.ts';
import { sv } from '../../web/src/i18n/sv.ts';
import { launch, mapReady, RESULTS, watch } from './browser.ts';
import { startServer, type E2eServer } from './server.ts';

let server: E2eServer;
let browser: Browser;
let page: Page;
let problems: string[];

const skMap = `(window.__skMap)`;

async function picture(format: 'png' | 'svg' | 'pdf', paper: 'a4' | 'a3' = 'a4', tag = 'whole') {
  await page.click('#export-menu summary');
  await page.selectOption('#export-paper', paper);
  const [d] = await Promise.all([page.waitForEvent('download'), page.click(`#export-${format}`)]);
  const path = join(RESULTS, `picture-${tag}-${paper}.${format}`);
  await d.saveAs(path);
  return { name: d.suggestedFilename(), bytes: readFileSync(path) };
}

/** The text an SVG shows: every <text>'s content, entities read, joined by spaces. */
function svgText(svg: string): string {
  const parts = [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((x) => x[1]!);
  return parts.join(' ').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ');
}

/** The names of the elements the map shows. */
const shownNames = () => page.evaluate(() => {
  const api = (window as unknown as { __skMap: { shownIds(): string[]; cy(): { getElementById(id: string): { data(k: string): string } } } }).__skMap;
  return api.shownIds().map((id) => api.cy().getElementById(id).data('name'));
});

const date = () => page.evaluate(() => (document.querySelector('#f-date') as HTMLInputElement).value);

beforeAll(async () => {
  server = await startServer();
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  problems = watch(page);
  await page.goto(server.url);
  await mapReady(page);
  // zoomed in: the screen holds only a part of the map
  await page.evaluate(`${skMap}.zoomTo(2.5)`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('pictures of the whole view', () => {
  it('PNG: the whole graph at a pixel per model unit or more, on an A4 landscape page', async () => {
    const g = await page.evaluate(`(() => { const cy = ${skMap}.cy(); const b = cy.elements().not('.hidden').boundingBox(); const e = cy.extent(); return { w: b.w, h: b.h, ew: e.w, eh: e.h }; })()`) as { w: number; h: number; ew: number; eh: number };
    // the screen shows less than the graph
    expect(g.ew * g.eh).toBeLessThan(g.w * g.h * 0.5);
    const { name, bytes } = await picture('png');
    expect(name).toMatch(/^samverkanskartan-\d{4}-\d{2}-\d{2}\.png$/);
    expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    const width = bytes.readUInt32BE(16), height = bytes.readUInt32BE(20);
    expect(width / height).toBeCloseTo(841.89 / 595.28, 2);
    // the map on the page has room for the whole graph at zoom 1 (the screen's part would be far smaller)
    expect(width).toBeGreaterThan(g.w);
    expect(height).toBeGreaterThan(g.h);
    expect(bytes.length).toBeGreaterThan(100_000);
  });

  it('SVG: title, date, filters, the legend and the name of every element the view shows', async () => {
    const { name, bytes } = await picture('svg');
    expect(name).toMatch(/\.svg$/);
    const svg = bytes.toString('utf8');
    expect(svg).toMatch(/viewBox="0 0 841\.89 595\.28"/);
    // every shape drawn as a shape: none's fill and border given to a label (rounded polygons once were, by cytoscape-svg's context)
    expect(svg.match(/<text\b[^>]*\bstroke="rgb/g) ?? []).toEqual([]);
    expect(svg).toMatch(/<path fill="rgb\(223,243,238\)" stroke="rgb\(19,94,79\)"/);
    const text = svgText(svg);
    expect(text).toContain('Samverkanskartan');
    expect(text).toContain(sv.picture.date(await date()));
    expect(text).toContain(`${sv.picture.filters}: ${sv.picture.noFilters}`);
    expect(text).toContain(sv.legend.heading);
    for (const e of legendEntries(sv)) expect(text, e.selector).toContain(e.text);
    const words = new Set(text.split(' '));
    const names = await shownNames();
    expect(names.length).toBeGreaterThan(150);
    for (const n of names) for (const w of n.split(/\s+/)) expect(words.has(w) || text.includes(w), `${n}: ${w}`).toBe(true);
  });

  it('SVG of a filtered view: the filter in words, the elements it shows, none it hides', async () => {
    await page.selectOption('#f-municipality', { label: 'Vindelns kommun' });
    await expect.poll(async () => (await shownNames()).length).toBeLessThan(100);
    const names = await shownNames();
    const { bytes } = await picture('svg', 'a4', 'vindeln');
    const text = svgText(bytes.toString('utf8'));
    expect(text).toContain(`${sv.filters.municipality}: Vindelns kommun`);
    for (const n of names) for (const w of n.split(/\s+/)) expect(text.includes(w), `${n}: ${w}`).toBe(true);
    expect(text).not.toContain('Dorotea kommun');
    await page.selectOption('#f-municipality', { index: 0 });
  });

  it('PDF: a vector page of A4 or A3 landscape with the title', async () => {
    for (const [paper, box] of [['a4', [841.89, 595.28]], ['a3', [1190.55, 841.89]]] as const) {
      const { name, bytes } = await picture('pdf', paper);
      expect(name).toMatch(/\.pdf$/);
      const pdf = bytes.toString('latin1');
      expect(pdf.startsWith('%PDF-')).toBe(true);
      const media = /\/MediaBox \[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf);
      expect(media, 'MediaBox').not.toBeNull();
      expect(Number(media![1])).toBeCloseTo(box[0], 2);
      expect(Number(media![2])).toBeCloseTo(box[1], 2);
      expect(pdf).toContain('(Samverkanskartan)');
      // drawn, not an embedded raster: text and paths, and no image
      expect(pdf).not.toContain('/Subtype /Image');
      expect(pdf).toMatch(/\(Teckenf\S*rklaring\) Tj/);
    }
  });

  it('reported no error on the way', () => {
    expect(problems).toEqual([]);
  });
});
