// Pictures for committees: the whole view (not only what the screen shows) on
// an A4 or A3 landscape page, with a title, the date, the active filters in
// words and the legend (graph/legend.ts), as one SVG page. The same page is
// the SVG download, is rasterised to PNG, and is drawn as vector graphics into
// a PDF by svg2pdf.js (jsPDF's own SVG renderer), loaded only when asked for.
import { FILTER_KEYS, FILTERS, type FilterDef } from './filters.ts';
import { glyph, GLYPH_H, GLYPH_W, LEGEND_GROUPS, legendEntries, type LegendEntry, type LegendGroup } from './legend.ts';
import type { Messages } from '../i18n/sv.ts';
import type { ViewState } from '../state.ts';

export type Paper = 'a4' | 'a3';
export const PAPERS: readonly Paper[] = ['a4', 'a3'];

/** Landscape page sizes in PostScript points (1/72 inch), as a PDF's MediaBox has them. */
export const PAPER_PT: Record<Paper, { w: number; h: number }> = {
  a4: { w: 841.89, h: 595.28 },
  a3: { w: 1190.55, h: 841.89 },
};

/** The whole view as cytoscape-svg draws it (`cy.svg({ full: true })`): model units, one per pixel at zoom 1. */
export interface MapDrawing {
  svg: string;
  width: number;
  height: number;
  /** The view is an overview (areas drawn as aggregates, graph/aggregate.ts): the legend explains them too. */
  overview?: boolean;
}

export interface PictureInput {
  paper: Paper;
  title: string;
  /** The lines under the title: date, filters in words, what is shown. */
  lines: string[];
  legendHeading: string;
  groups: Record<LegendGroup, string>;
  legend: readonly LegendEntry[];
  map: MapDrawing;
}

export interface Picture {
  svg: string;
  /** The page in points. */
  width: number;
  height: number;
  /** Where the map is drawn on the page, in points. */
  mapBox: { x: number; y: number; w: number; h: number };
}

const FONT = 'Helvetica, Arial, sans-serif';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Breaks a text into lines of at most `max` characters, at spaces where it can. */
export function wrap(text: string, max: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!line) line = word;
    else if (line.length + 1 + word.length <= max) line += ` ${word}`;
    else {
      out.push(line);
      line = word;
    }
    while (line.length > max) {
      out.push(line.slice(0, max));
      line = line.slice(max);
    }
  }
  if (line) out.push(line);
  return out.length ? out : [''];
}

/**
 * The view in words: each active filter with its values named, the focus,
 * the grouping and the plan comparison; one line saying there are none when
 * there are none.
 */
export function viewWords(s: ViewState, m: Messages, nameOf: (id: string) => string | undefined): string[] {
  const out: string[] = [];
  const heading = (k: string) => (m.filters as Record<string, unknown>)[k] as string;
  for (const k of FILTER_KEYS) {
    const def = FILTERS[k] as FilterDef<unknown>;
    const value = s[k] as unknown;
    if (def.write(value) === null) continue;
    const c = def.control;
    if (c.kind === 'checks') {
      const table = m.enums[c.labels] as Record<string, string>;
      out.push(`${heading(c.text)}: ${(value as string[]).map((v) => table[v] ?? v).join(', ')}`);
    } else if (c.kind === 'choice') out.push(`${heading(c.text)}: ${nameOf(value as string) ?? String(value)}`);
    else out.push(`${heading(c.text)}: ${value ? m.picture.on : m.picture.off}`);
  }
  if (s.focus > 0 && s.selected) out.push(m.picture.focus(nameOf(s.selected) ?? s.selected, s.focus));
  if (s.grouping !== 'none') out.push(`${m.filters.groupBy}: ${s.grouping === 'countyPart' ? m.filters.groupCountyPart : m.filters.groupPrincipal}`);
  if (s.compare) out.push(m.picture.compare);
  return out.length ? out : [m.picture.noFilters];
}

/** The root element's size of an SVG document, and what is inside it. */
function unwrap(svg: string): { inner: string; width: number; height: number } {
  const open = /<svg\b[^>]*>/.exec(svg);
  const end = svg.lastIndexOf('</svg>');
  if (!open || end < 0) return { inner: '', width: 0, height: 0 };
  const attr = (name: string) => Number(new RegExp(`\\b${name}="([\\d.]+)"`).exec(open[0])?.[1] ?? 0);
  return { inner: svg.slice(open.index + open[0].length, end), width: attr('width'), height: attr('height') };
}

/**
 * The page: title block at the top, the legend in columns along the bottom,
 * the whole map scaled to fit the space between them, centred.
 */
export function composePicture(p: PictureInput): Picture {
  const { w: W, h: H } = PAPER_PT[p.paper];
  const margin = 24;
  const contentW = W - 2 * margin;
  const parts: string[] = [];

  // ---- title block ----
  let y = margin + 18;
  parts.push(`<text x="${margin}" y="${y}" font-family="${FONT}" font-size="18" font-weight="bold" fill="#1b1f24">${esc(p.title)}</text>`);
  y += 6;
  const infoSize = 9;
  for (const line of p.lines) {
    for (const l of wrap(line, Math.floor(contentW / (infoSize * 0.5)))) {
      y += infoSize + 3;
      parts.push(`<text x="${margin}" y="${y}" font-family="${FONT}" font-size="${infoSize}" fill="#2b323a">${esc(l)}</text>`);
    }
  }
  const mapTop = y + 10;

  // ---- legend: group headings and entries flowing down columns ----
  const size = 7.5, lineH = 10.5, glyphScale = 0.55;
  const gw = GLYPH_W * glyphScale, gh = GLYPH_H * glyphScale;
  const colW = p.paper === 'a3' ? 228 : 198;
  const cols = Math.max(1, Math.floor(contentW / colW));
  const textMax = Math.floor((colW - gw - 10) / (size * 0.5));
  type Item = { kind: 'head'; text: string } | { kind: 'entry'; entry: LegendEntry; lines: string[] };
  const items: Item[] = [];
  for (const g of LEGEND_GROUPS) {
    const mine = p.legend.filter((e) => e.group === g);
    if (!mine.length) continue;
    items.push({ kind: 'head', text: p.groups[g] });
    for (const e of mine) items.push({ kind: 'entry', entry: e, lines: wrap(e.text, textMax) });
  }
  const heightOf = (it: Item) => (it.kind === 'head' ? lineH + 2 : Math.max(lineH, it.lines.length * (size + 1.5) + 2));
  const total = items.reduce((s, it) => s + heightOf(it), 0);
  // columns of about equal height; a heading is never left at the foot of a column
  const target = total / cols;
  const columns: Item[][] = [[]];
  let filled = 0;
  items.forEach((it, i) => {
    const col = columns[columns.length - 1]!;
    const next = items[i + 1];
    const need = heightOf(it) + (it.kind === 'head' && next ? heightOf(next) : 0);
    if (col.length && filled + need > target + lineH && columns.length < cols) {
      columns.push([]);
      filled = 0;
    }
    columns[columns.length - 1]!.push(it);
    filled += heightOf(it);
  });
  const legendH = Math.max(...columns.map((c) => c.reduce((s, it) => s + heightOf(it), 0))) + 16;
  const legendTop = H - margin - legendH;
  parts.push(`<line x1="${margin}" y1="${legendTop - 4}" x2="${W - margin}" y2="${legendTop - 4}" stroke="#b7c0c9" stroke-width="0.6"/>`);
  parts.push(`<text x="${margin}" y="${legendTop + 8}" font-family="${FONT}" font-size="9" font-weight="bold" fill="#1b1f24">${esc(p.legendHeading)}</text>`);
  columns.forEach((col, ci) => {
    const x = margin + ci * (contentW / cols);
    let cy = legendTop + 14;
    for (const it of col) {
      if (it.kind === 'head') {
        parts.push(`<text x="${x}" y="${cy + size + 1}" font-family="${FONT}" font-size="${size}" font-weight="bold" fill="#2b323a">${esc(it.text)}</text>`);
      } else {
        parts.push(`<g transform="translate(${x.toFixed(2)},${(cy + (lineH - gh) / 2 - 1).toFixed(2)}) scale(${glyphScale})">${glyph(it.entry.look)}</g>`);
        it.lines.forEach((l, li) => {
          parts.push(`<text x="${(x + gw + 4).toFixed(2)}" y="${(cy + size + li * (size + 1.5)).toFixed(2)}" font-family="${FONT}" font-size="${size}" fill="#1b1f24">${esc(l)}</text>`);
        });
      }
      cy += heightOf(it);
    }
  });

  // ---- the map, whole, fitted between title and legend ----
  const box = { x: margin, y: mapTop, w: contentW, h: Math.max(40, legendTop - 12 - mapTop) };
  const map = unwrap(p.map.svg);
  const mw = map.width || p.map.width, mh = map.height || p.map.height;
  parts.push(`<rect x="${box.x}" y="${box.y}" width="${box.w}" height="${box.h}" fill="#ffffff" stroke="#d5dbe1" stroke-width="0.6"/>`);
  if (mw > 0 && mh > 0) {
    const pad = 6;
    const k = Math.min((box.w - 2 * pad) / mw, (box.h - 2 * pad) / mh);
    const ox = box.x + (box.w - mw * k) / 2, oy = box.y + (box.h - mh * k) / 2;
    parts.push(`<g class="map" transform="translate(${ox.toFixed(2)},${oy.toFixed(2)}) scale(${k.toFixed(5)})">${map.inner}</g>`);
  }

  const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${W}pt" height="${H}pt" viewBox="0 0 ${W} ${H}">`
    + `<title>${esc(p.title)}</title><rect x="0" y="0" width="${W}" height="${H}" fill="#ffffff"/>${parts.join('')}</svg>`;
  return { svg, width: W, height: H, mapBox: box };
}

/** What the page says of the view. */
export interface PictureContext {
  state: ViewState;
  m: Messages;
  /** The map's date (YYYY-MM-DD). */
  date: string;
  nameOf: (id: string) => string | undefined;
  shown: number;
  total: number;
  /** When the picture is made; now unless given. */
  made?: Date;
}

/** The page for the view: title, date, filters in words, what is shown, the legend in the view's language, and the map. */
export function picturePage(map: MapDrawing, paper: Paper, c: PictureContext): Picture {
  const m = c.m;
  const made = (c.made ?? new Date()).toISOString().slice(0, 16).replace('T', ' ');
  const lines = [
    `${m.picture.date(c.date)} · ${m.picture.shown(c.shown, c.total)} · ${m.picture.made(made)}`,
    `${m.picture.filters}: ${viewWords(c.state, m, c.nameOf).join('; ')}`,
  ];
  return composePicture({ paper, title: m.picture.title, lines, legendHeading: m.legend.heading, groups: m.legend.groups, legend: legendEntries(m, undefined, { overview: !!map.overview }), map });
}

/**
 * How many pixels a PNG gives each point of the page: at least 150 dpi, and
 * enough that the map has a pixel for each of its model units (the whole
 * graph at zoom 1, where its labels are 11 px), within the browser's canvas.
 */
export function pngScale(pic: Picture, map: MapDrawing): number {
  const want = Math.max(150 / 72, map.width / pic.mapBox.w, map.height / pic.mapBox.h);
  return Math.min(want, 12_000 / pic.width);
}

/** The page as a PNG (in the page: an image of the SVG drawn onto a canvas). */
export async function toPng(pic: Picture, scale: number): Promise<Blob> {
  const w = Math.round(pic.width * scale), h = Math.round(pic.height * scale);
  const sized = pic.svg.replace(/width="[\d.]+pt" height="[\d.]+pt"/, `width="${w}" height="${h}"`);
  const url = URL.createObjectURL(new Blob([sized], { type: 'image/svg+xml' }));
  try {
    const img = new Image(w, h);
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = w;
    canvas.height = h;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('canvas');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, w, h);
    ctx.drawImage(img, 0, 0, w, h);
    return await new Promise<Blob>((res, rej) => canvas.toBlob((b) => (b ? res(b) : rej(new Error('png'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * Characters the PDF's standard fonts (WinAnsi) lack, written with ones they
 * have: the minus sign, the warning sign, arrows.
 */
const PDF_CHARS: Record<string, string> = { '−': '-', '⚠': '!', '→': '->', '←': '<-', '≥': '>=', '≤': '<=', '✓': 'x' };
export const pdfSafe = (svg: string) => svg.replace(/[−⚠→←≥≤✓]/gu, (c) => PDF_CHARS[c] ?? c);

/** The page as a vector PDF of the paper's size, landscape. */
export async function toPdf(pic: Picture, paper: Paper, title: string): Promise<Blob> {
  const [{ jsPDF }] = await Promise.all([import('jspdf'), import('svg2pdf.js')]);
  const doc = new jsPDF({ orientation: 'landscape', unit: 'pt', format: paper, compress: false });
  doc.setProperties({ title, creator: 'Samverkanskartan' });
  // svg2pdf reads computed styles: the page goes into the document, out of sight, while it is drawn
  const holder = document.createElement('div');
  holder.style.cssText = 'position:fixed;left:-100000px;top:0;width:0;height:0;overflow:hidden';
  const el = document.importNode(new DOMParser().parseFromString(pdfSafe(pic.svg), 'image/svg+xml').documentElement, true);
  holder.append(el);
  document.body.append(holder);
  try {
    await doc.svg(el, { x: 0, y: 0, width: pic.width, height: pic.height });
  } finally {
    holder.remove();
  }
  return doc.output('blob');
}
