// The map's legend as data, read from the stylesheet itself (graph/style.ts):
// every rule that gives a shape, a fill, a border, a line style or a marker is
// an entry, with its meaning in the current language and a small drawing of
// the look the rule gives (the cascade of the stylesheet applied to a sample
// element that has the rule's classes). A new node type or style rule is a
// new entry; test/web/legend.test.ts fails when one has no meaning written.
// The drawings are SVG markup, so the page (map-view.ts) and the pictures
// for committees (picture.ts) draw the same legend.
import type { Messages } from '../i18n/sv.ts';
import { OVERVIEW_STYLE } from './aggregate.ts';
import { PRINCIPAL_CLASS, stylesheet, TYPE_CLASS, type StyleRule, type StyleValue } from './style.ts';
import type { NodeLabel, Principal, RelType, Severity } from './types.ts';

/** Properties that carry meaning on the map: a rule setting one of them needs a legend entry. */
export const NODE_LOOK_PROPS = ['shape', 'background-color', 'border-color', 'border-style', 'border-width', 'outline-color', 'outline-style'] as const;
export const EDGE_LOOK_PROPS = ['line-color', 'line-style', 'line-dash-pattern', 'width', 'target-arrow-shape'] as const;

/**
 * Classes of passing interaction (hidden, faded, hovered, selected, the
 * search's highlight, a gap's evidence): the page's state, not the data's, so
 * not in the legend nor in a picture.
 */
export const INTERACTION_MARKS = [':selected', '.hidden', '.faded', '.nolabel', '.label-hover', '.highlight', '.evidence'] as const;

export type LegendGroup = 'overview' | 'type' | 'principal' | 'state' | 'gap' | 'plan' | 'edge' | 'label';

/** The overview's symbols first: when the map shows one, they are what the person sees before anything else. */
export const LEGEND_GROUPS: readonly LegendGroup[] = ['overview', 'type', 'principal', 'state', 'gap', 'plan', 'edge', 'label'];

/** The class the overview's aggregates (nodes and edges) carry (graph/aggregate.ts OVERVIEW_STYLE). */
export const AGGREGATE_CLASS = 'aggregate';

/** A node's look as the stylesheet gives it. */
export interface NodeLook {
  kind: 'node';
  shape: string;
  fill: string;
  fillOpacity: number;
  border: string;
  borderStyle: string;
  borderWidth: number;
  opacity: number;
  outline: { color: string; style: string } | null;
  /** The letter drawn in the label (principals). */
  letter?: string;
  /** Its size follows the data (an overview's area, by how many elements it holds): drawn small and large. */
  scaled?: boolean;
}

/** An edge's look as the stylesheet gives it. */
export interface EdgeLook {
  kind: 'edge';
  color: string;
  style: string;
  width: number;
  dash: number[] | null;
  arrow: string;
  opacity: number;
  /** Its width follows the data (an overview's edge, by how many relationships cross): drawn thin and thick. */
  scaled?: boolean;
}

/** A cue in the drawn text (the principal's letter, a gap's ⚠, a plan's + and −). */
export interface TextLook {
  kind: 'text';
  text: string;
}

export interface LegendEntry {
  /** The stylesheet rule it explains (`text:…` for a cue in the labels). */
  selector: string;
  group: LegendGroup;
  /** The meaning, in the current language; the selector itself when none is written (the unit test fails then). */
  text: string;
  /** False when no meaning is written for this rule. */
  explained: boolean;
  look: NodeLook | EdgeLook | TextLook;
}

// ---- selectors ----------------------------------------------------------------

export interface Compound { tag: 'node' | 'edge' | null; classes: string[]; pseudo: string[] }

/** Parses Cytoscape's simple selectors as the stylesheet writes them: `node.t-gap.sev-high, edge.r-spans`. */
export function parseSelector(selector: string): Compound[] {
  return selector.split(',').map((part) => {
    const s = part.trim();
    const tag = /^(node|edge)/.exec(s)?.[1] as 'node' | 'edge' | undefined;
    return { tag: tag ?? null, classes: [...s.matchAll(/\.([\w-]+)/g)].map((m) => m[1]!), pseudo: [...s.matchAll(/:([\w-]+)/g)].map((m) => m[1]!) };
  });
}

const matches = (c: Compound, tag: 'node' | 'edge', classes: ReadonlySet<string>) =>
  (c.tag === null || c.tag === tag) && c.pseudo.length === 0 && c.classes.every((k) => classes.has(k));

export const isInteraction = (selector: string) => INTERACTION_MARKS.some((m) => selector.includes(m));

/** Whether a rule gives something the legend must explain. */
export function carriesMeaning(rule: StyleRule): boolean {
  if (isInteraction(rule.selector)) return false;
  const tags = new Set(parseSelector(rule.selector).map((c) => c.tag));
  const props: readonly string[] = tags.has('edge') ? EDGE_LOOK_PROPS : NODE_LOOK_PROPS;
  return Object.keys(rule.style).some((k) => props.includes(k));
}

/** The style an element with these classes gets: every matching rule in order, later ones winning (Cytoscape's cascade for these selectors). */
export function cascade(rules: readonly StyleRule[], tag: 'node' | 'edge', classes: readonly string[]): Record<string, StyleValue> {
  const set = new Set(classes);
  const out: Record<string, StyleValue> = {};
  for (const r of rules) if (parseSelector(r.selector).some((c) => matches(c, tag, set))) Object.assign(out, r.style);
  return out;
}

// ---- the entries ----------------------------------------------------------------

const invert = <K extends string>(o: Record<K, string>) => new Map((Object.entries(o) as [K, string][]).map(([k, v]) => [v, k]));
const LABEL_OF = invert<NodeLabel>(TYPE_CLASS);
const PRINCIPAL_OF = invert<Principal>(PRINCIPAL_CLASS);

/** A sample element for a rule: its own classes, and a type where the rule applies to several (a principal's on an actor, a state's on a forum). */
export function sampleClasses(c: Compound): string[] {
  const cls = [...c.classes];
  if (c.tag === 'node' && !cls.some((k) => k.startsWith('t-')) && !cls.includes('group')) {
    if (cls.some((k) => k.startsWith('p-'))) cls.unshift('t-actor');
    else if (cls.some((k) => k.startsWith('s-') || k.startsWith('d-'))) cls.unshift('t-forum');
  }
  if (c.tag === 'edge' && cls.includes('chair')) cls.unshift('r-participates-in');
  return cls;
}

function groupOf(c: Compound): LegendGroup {
  const last = c.classes[c.classes.length - 1] ?? '';
  if (last === AGGREGATE_CLASS) return 'overview';
  if (c.tag === 'edge') return 'edge';
  if (last.startsWith('p-')) return 'principal';
  if (last.startsWith('s-')) return 'state';
  if (last.startsWith('d-')) return 'plan';
  if (last.startsWith('sev-') || last === 'gap-closed') return 'gap';
  return 'type';
}

/** The meaning of one class in a rule, from the domain's words where there are some, else the legend's own. */
function meaningOf(c: Compound, m: Messages): string | undefined {
  const words = m.legend.meanings as Record<string, string | undefined>;
  if (c.classes.length === 0) return words[c.tag ?? ''];
  const last = c.classes[c.classes.length - 1]!;
  // a class on both nodes and edges (the overview's aggregate) has a meaning for each
  if (words[`${c.tag ?? 'node'}.${last}`]) return words[`${c.tag ?? 'node'}.${last}`];
  if (words[last]) return words[last];
  if (last.startsWith('t-')) {
    const label = LABEL_OF.get(last);
    return label ? m.enums.NodeLabel[label] : undefined;
  }
  if (last.startsWith('p-')) {
    const p = PRINCIPAL_OF.get(last);
    return p ? `[${m.enums.PrincipalLetter[p]}] ${m.enums.Principal[p]}` : undefined;
  }
  if (last.startsWith('sev-')) {
    const sev = last.slice(4).toUpperCase() as Severity;
    return sev in m.enums.Severity ? m.legend.severity(m.enums.Severity[sev]) : undefined;
  }
  if (last.startsWith('r-')) {
    const rel = last.slice(2).toUpperCase().replace(/-/g, '_') as RelType;
    return rel in m.enums.RelType ? m.enums.RelType[rel] : undefined;
  }
  return undefined;
}

const num = (v: StyleValue | undefined, d: number) => (typeof v === 'number' ? v : typeof v === 'string' && v !== '' && !Number.isNaN(Number(v)) ? Number(v) : d);
const str = (v: StyleValue | undefined, d: string) => (typeof v === 'string' ? v : d);

/** A value the data gives (`data(size)`): the look varies from element to element. */
const fromData = (v: StyleValue | undefined) => typeof v === 'string' && v.startsWith('data(');

function nodeLook(s: Record<string, StyleValue>): NodeLook {
  return {
    ...(fromData(s.width) || fromData(s.height) ? { scaled: true } : {}),
    kind: 'node',
    shape: str(s.shape, 'ellipse'),
    fill: str(s['background-color'], '#999999'),
    fillOpacity: num(s['background-opacity'], 1),
    border: str(s['border-color'], '#000000'),
    borderStyle: str(s['border-style'], 'solid'),
    borderWidth: num(s['border-width'], 0),
    opacity: num(s.opacity, 1),
    outline: num(s['outline-width'], 0) > 0 ? { color: str(s['outline-color'], '#000000'), style: str(s['outline-style'], 'solid') } : null,
  };
}

function edgeLook(s: Record<string, StyleValue>): EdgeLook {
  return {
    ...(fromData(s.width) ? { scaled: true } : {}),
    kind: 'edge',
    color: str(s['line-color'], '#999999'),
    style: str(s['line-style'], 'solid'),
    width: num(s.width, 1),
    dash: Array.isArray(s['line-dash-pattern']) ? s['line-dash-pattern'] : null,
    arrow: str(s['target-arrow-shape'], 'none'),
    opacity: num(s.opacity, 1),
  };
}

/**
 * The legend: one entry per rule of the stylesheet that carries meaning, in
 * the stylesheet's order within each group, then the cues in the drawn text.
 * A rule for several relationships (`edge.r-spans, edge.r-covers`) is one
 * entry naming them all. When the map shows an overview (`overview`), its
 * own rules (graph/aggregate.ts OVERVIEW_STYLE) come after the stylesheet's,
 * as the map applies them: the area and the edge between areas are explained
 * first.
 */
export function legendEntries(m: Messages, base: readonly StyleRule[] = stylesheet(), opts: { overview?: boolean } = {}): LegendEntry[] {
  const rules: readonly StyleRule[] = opts.overview ? [...base, ...OVERVIEW_STYLE] : base;
  const entries: LegendEntry[] = [];
  for (const rule of rules) {
    if (!carriesMeaning(rule)) continue;
    const parts = parseSelector(rule.selector);
    const first = parts[0]!;
    const tag = first.tag ?? 'node';
    const meanings = parts.map((c) => meaningOf(c, m));
    const explained = meanings.every((x) => !!x);
    const look = tag === 'edge' ? edgeLook(cascade(rules, 'edge', sampleClasses(first))) : nodeLook(cascade(rules, 'node', sampleClasses(first)));
    const p = PRINCIPAL_OF.get(first.classes[first.classes.length - 1] ?? '');
    if (look.kind === 'node' && p) look.letter = m.enums.PrincipalLetter[p];
    entries.push({ selector: rule.selector, group: groupOf(first), text: explained ? meanings.join(', ') : rule.selector, explained, look });
  }
  // cues in the labels (style.ts nodeText): written, not drawn
  for (const [key, text] of Object.entries(m.legend.cues)) {
    entries.push({ selector: `text:${key}`, group: 'label', text, explained: true, look: { kind: 'text', text: m.legend.cueGlyphs[key as keyof Messages['legend']['cueGlyphs']] } });
  }
  const order = (g: LegendGroup) => LEGEND_GROUPS.indexOf(g);
  return entries.map((e, i) => ({ e, i })).sort((a, b) => order(a.e.group) - order(b.e.group) || a.i - b.i).map((x) => x.e);
}

// ---- drawings ---------------------------------------------------------------------

export const GLYPH_W = 30;
export const GLYPH_H = 20;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A dash pattern for a border or line style, in SVG's terms. */
function dashArray(style: string, width: number, pattern: number[] | null = null): string {
  if (pattern && style === 'dashed') return pattern.map((n) => n * 0.5).join(' ');
  if (style === 'dashed') return `${Math.max(3, width * 2)} ${Math.max(2, width * 1.2)}`;
  if (style === 'dotted') return `${Math.max(0.8, width * 0.6)} ${Math.max(1.6, width * 1.4)}`;
  return '';
}

/** The outline of a Cytoscape node shape in a w×h box at (x, y), as an SVG element with the given attributes. */
export function shapeElement(shape: string, x: number, y: number, w: number, h: number, attrs: string): string {
  const cx = x + w / 2, cy = y + h / 2;
  const pts = (ps: [number, number][]) => `<polygon points="${ps.map(([px, py]) => `${(x + px * w).toFixed(2)},${(y + py * h).toFixed(2)}`).join(' ')}" stroke-linejoin="round" ${attrs}/>`;
  switch (shape.replace(/^round-/, '')) {
    case 'ellipse':
      return `<ellipse cx="${cx}" cy="${cy}" rx="${w / 2}" ry="${h / 2}" ${attrs}/>`;
    case 'rectangle':
      return `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${shape.startsWith('round-') ? Math.min(w, h) * 0.22 : 0}" ${attrs}/>`;
    case 'barrel':
      return `<path d="M${x + w * 0.12},${y} H${x + w * 0.88} Q${x + w * 1.04},${cy} ${x + w * 0.88},${y + h} H${x + w * 0.12} Q${x - w * 0.04},${cy} ${x + w * 0.12},${y} Z" ${attrs}/>`;
    case 'diamond':
      return pts([[0.5, 0], [1, 0.5], [0.5, 1], [0, 0.5]]);
    case 'pentagon':
      return pts([[0.5, 0], [1, 0.38], [0.81, 1], [0.19, 1], [0, 0.38]]);
    case 'triangle':
      return pts([[0.5, 0], [1, 1], [0, 1]]);
    case 'hexagon':
      return pts([[0.25, 0], [0.75, 0], [1, 0.5], [0.75, 1], [0.25, 1], [0, 0.5]]);
    case 'octagon':
      return pts([[0.3, 0], [0.7, 0], [1, 0.3], [1, 0.7], [0.7, 1], [0.3, 1], [0, 0.7], [0, 0.3]]);
    default:
      return `<rect x="${x}" y="${y}" width="${w}" height="${h}" ${attrs}/>`;
  }
}

/** The shapes glyph() draws as themselves; any other falls back to a rectangle (the unit test checks the stylesheet uses none other). */
export const DRAWN_SHAPES = ['ellipse', 'rectangle', 'round-rectangle', 'barrel', 'diamond', 'round-diamond', 'pentagon', 'round-pentagon', 'triangle', 'round-triangle', 'hexagon', 'round-hexagon', 'octagon', 'round-octagon'];

/**
 * An entry's drawing as SVG elements in a GLYPH_W×GLYPH_H box at (x, y):
 * the node's shape with its fill, border colour, style and width (scaled
 * down), outline and fade; or the edge's line with its colour, style, width
 * and arrow; or the text cue.
 */
export function glyph(look: LegendEntry['look'], x = 0, y = 0): string {
  if (look.kind === 'text') {
    return `<text x="${x + GLYPH_W / 2}" y="${y + GLYPH_H / 2 + 4}" text-anchor="middle" font-family="system-ui, 'DejaVu Sans', sans-serif" font-size="12" font-weight="bold" fill="#1b1f24">${esc(look.text)}</text>`;
  }
  if (look.kind === 'edge' && look.scaled) {
    // few relationships thin, many thick
    return `<g opacity="${Math.max(0.55, look.opacity)}"><line x1="${x + 2}" y1="${y + 5}" x2="${x + GLYPH_W - 2}" y2="${y + 5}" stroke="${look.color}" stroke-width="1.5"/><line x1="${x + 2}" y1="${y + 14}" x2="${x + GLYPH_W - 2}" y2="${y + 14}" stroke="${look.color}" stroke-width="5"/></g>`;
  }
  if (look.kind === 'node' && look.scaled) {
    // few elements small, many large
    const attrs = `fill="${look.fill}" fill-opacity="${look.fillOpacity}" stroke="${look.border}" stroke-width="${Math.min(1.6, look.borderWidth * 0.5)}"`;
    return `<g opacity="${look.opacity}">${shapeElement(look.shape, x + 2, y + 9, 8, 8, attrs)}${shapeElement(look.shape, x + 13, y + 2, 15, 15, attrs)}</g>`;
  }
  if (look.kind === 'edge') {
    const w = Math.max(1, look.width);
    const y0 = y + GLYPH_H / 2;
    const x1 = x + 2, x2 = x + GLYPH_W - (look.arrow !== 'none' ? 7 : 2);
    const dash = dashArray(look.style, w, look.dash);
    const cap = look.style === 'dotted' ? 'round' : 'butt';
    let s = `<g opacity="${Math.max(0.55, look.opacity)}"><line x1="${x1}" y1="${y0}" x2="${x2}" y2="${y0}" stroke="${look.color}" stroke-width="${w}" stroke-linecap="${cap}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`;
    if (look.arrow !== 'none') s += `<polygon points="${x2},${y0 - 4} ${x + GLYPH_W - 1},${y0} ${x2},${y0 + 4}" fill="${look.color}"/>`;
    return `${s}</g>`;
  }
  // a node: its shape in the box, the border scaled as the node is (about half size)
  const pad = 3;
  const bw = Math.min(4, look.borderWidth * 0.6);
  const bx = x + pad, by = y + pad * 0.7, w = GLYPH_W - 2 * pad - (look.letter ? 0 : 0), h = GLYPH_H - 1.4 * pad;
  let s = `<g opacity="${look.opacity}">`;
  if (look.outline) {
    const od = dashArray(look.outline.style, 1.6);
    s += shapeElement(look.shape, bx - 2.2, by - 2.2, w + 4.4, h + 4.4, `fill="none" stroke="${look.outline.color}" stroke-width="1.6"${od ? ` stroke-dasharray="${od}"` : ''}`);
  }
  if (look.borderStyle === 'double' && bw > 0) {
    // two thin lines with the fill between them, as Cytoscape draws a double border
    s += shapeElement(look.shape, bx, by, w, h, `fill="${look.fill}" fill-opacity="${look.fillOpacity}" stroke="${look.border}" stroke-width="${bw}"`);
    s += shapeElement(look.shape, bx, by, w, h, `fill="none" stroke="${look.fill}" stroke-width="${bw / 3}"`);
  } else {
    const dash = dashArray(look.borderStyle, bw);
    s += shapeElement(look.shape, bx, by, w, h, `fill="${look.fill}" fill-opacity="${look.fillOpacity}" stroke="${look.border}" stroke-width="${bw}"${look.borderStyle === 'dotted' ? ' stroke-linecap="round"' : ''}${dash ? ` stroke-dasharray="${dash}"` : ''}`);
  }
  if (look.letter) s += `<text x="${x + GLYPH_W / 2}" y="${y + GLYPH_H / 2 + 3.5}" text-anchor="middle" font-family="system-ui, 'DejaVu Sans', sans-serif" font-size="10" font-weight="bold" fill="${look.border}">${esc(look.letter)}</text>`;
  return `${s}</g>`;
}

/** A standalone SVG of one glyph, for the page. */
export const glyphSvg = (look: LegendEntry['look']) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${GLYPH_W} ${GLYPH_H}" width="${GLYPH_W}" height="${GLYPH_H}" aria-hidden="true" focusable="false">${glyph(look)}</svg>`;
