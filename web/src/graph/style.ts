// How the map looks: classes from an element's type, principal, state and
// diff, the text drawn beside it, and the Cytoscape stylesheet as data (each
// rule with one line saying why). Never colour alone: type is a shape,
// principal a letter and a border, state a border style, a fade and a word.
import type { Messages } from '../i18n/sv.ts';
import { MIN_LABEL_PX } from './labels.ts';
import type { DayState } from './timeline.ts';
import type { MapEdge, MapNode, NodeLabel, Principal } from './types.ts';

export const TYPE_CLASS: Record<NodeLabel, string> = {
  Actor: 't-actor', CareLevel: 't-carelevel', Forum: 't-forum', TargetGroup: 't-targetgroup', Initiative: 't-initiative', Gap: 't-gap',
};

export const PRINCIPAL_CLASS: Record<Principal, string> = {
  REGION: 'p-region', MUNICIPALITY: 'p-municipality', PRIVATE: 'p-private', STATE: 'p-state', CIVIL_SOCIETY: 'p-civil',
};

/** Large actors (areas and the region) are drawn bigger. */
const AREA_KINDS = new Set(['REGION', 'COUNTY_PART', 'MUNICIPALITY']);

export type DiffMark = 'added' | 'ending' | null;

/** The classes of a node: type, principal, state on the chosen date, diff and severity. */
export function nodeClasses(n: MapNode, state: DayState, diff: DiffMark = null): string[] {
  const c = [TYPE_CLASS[n.label]];
  if (n.principal) c.push(PRINCIPAL_CLASS[n.principal]);
  if (n.label === 'Forum' || n.label === 'Initiative') c.push(`s-${state}`);
  if (n.label === 'Gap') {
    if (n.severity) c.push(`sev-${n.severity.toLowerCase()}`);
    if (n.status === 'CLOSED') c.push('gap-closed');
  }
  if (n.label === 'Actor' && n.kind && AREA_KINDS.has(n.kind)) c.push('area');
  if (n.label === 'Forum' && n.systemLevel) c.push(`lvl-${n.systemLevel.toLowerCase()}`);
  if (diff) c.push(`d-${diff}`);
  return c;
}

/** The edge classes: its type, and a chair's participation. */
export function edgeClasses(e: MapEdge): string[] {
  const c = [`r-${e.type.toLowerCase().replace(/_/g, '-')}`];
  if (e.type === 'PARTICIPATES_IN' && (e.role === 'CHAIR' || e.role === 'CO_CHAIR')) c.push('chair');
  return c;
}

const STATE_WORD: Partial<Record<DayState, keyof Messages['enums']['Status'] | 'EXPECTED'>> = {
  planned: 'PLANNED', paused: 'PAUSED', ended: 'ENDED', expected: 'EXPECTED',
};

/**
 * The text drawn under a node: the principal's letter in brackets, the name,
 * the state word when it is not plain active, and + or − in a plan comparison.
 * Plain text on a canvas: nothing in a name can become markup.
 */
export function nodeText(n: MapNode, state: DayState, m: Messages, diff: DiffMark = null): string {
  const parts: string[] = [];
  if (diff === 'added') parts.push('+');
  if (diff === 'ending') parts.push('−');
  if (n.label === 'Gap') parts.push('⚠');
  if (n.principal) parts.push(`[${m.enums.PrincipalLetter[n.principal]}]`);
  parts.push(n.name);
  let text = parts.join(' ');
  const word = n.label === 'Forum' || n.label === 'Initiative' ? STATE_WORD[state] : undefined;
  if (word) text += `\n(${word === 'EXPECTED' ? m.time.expected : m.enums.Status[word].toLowerCase()})`;
  if (n.label === 'Gap' && n.severity) text += `\n(${m.enums.Severity[n.severity].toLowerCase()})`;
  return text;
}

// ---- the stylesheet ---------------------------------------------------------

export type StyleValue = string | number | number[];

export interface StyleRule {
  selector: string;
  style: Record<string, StyleValue>;
}

/** Principal: fill, border colour, border style and width (the letter in the label is the colour-free cue). */
const PRINCIPAL_STYLE: Record<Principal, Record<string, string | number>> = {
  REGION: { 'background-color': '#cfe0fb', 'border-color': '#1d4f91', 'border-style': 'solid', 'border-width': 3 },
  MUNICIPALITY: { 'background-color': '#d5efcf', 'border-color': '#2b6a27', 'border-style': 'double', 'border-width': 6 },
  PRIVATE: { 'background-color': '#fde3bd', 'border-color': '#84500a', 'border-style': 'dotted', 'border-width': 3 },
  STATE: { 'background-color': '#e6def4', 'border-color': '#55408a', 'border-style': 'solid', 'border-width': 1.5 },
  CIVIL_SOCIETY: { 'background-color': '#f8d8ea', 'border-color': '#852c61', 'border-style': 'solid', 'border-width': 1.5 },
};

export interface StyleOptions {
  /** Labels drawn only when their on-screen size is at least this (px): hides them when zoomed out. */
  minZoomedFontSize: number;
  /** Draw edges as cheap straight "haystack" lines (no arrows), for very large graphs. */
  haystackEdges: boolean;
}

export const DEFAULT_STYLE_OPTIONS: StyleOptions = { minZoomedFontSize: MIN_LABEL_PX, haystackEdges: false };

export function stylesheet(opts: StyleOptions = DEFAULT_STYLE_OPTIONS): StyleRule[] {
  const rules: StyleRule[] = [
    {
      selector: 'node',
      style: {
        // the text is computed per language in data(text)
        label: 'data(text)',
        'font-family': 'system-ui, "DejaVu Sans", sans-serif',
        'font-size': 11,
        color: '#1b1f24',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '140px',
        // a light plate behind the text keeps it readable over edges
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.8,
        'text-background-padding': '1px',
        // level of detail: no labels once they would be too small to read
        'min-zoomed-font-size': opts.minZoomedFontSize,
        width: 30,
        height: 30,
        'background-color': '#eef1f4',
        'border-width': 1.5,
        'border-color': '#4a5560',
      },
    },
    // ---- type: a shape each ----
    { selector: 'node.t-actor', style: { shape: 'ellipse' } },
    { selector: 'node.t-actor.area', style: { width: 48, height: 48, 'font-weight': 'bold', 'font-size': 17 } },
    // an area's name beside it, outward: the region side's to the left, the municipalities' to the right (the structured layout's row names)
    { selector: 'node.t-actor.area.p-region', style: { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-x': -8, 'text-margin-y': 0 } },
    { selector: 'node.t-actor.area.p-municipality', style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-x': 8, 'text-margin-y': 0 } },
    { selector: 'node.t-forum', style: { shape: 'round-rectangle', width: 46, height: 28, 'background-color': '#fff3c4', 'border-color': '#5c4a00', 'border-width': 2.5 } },
    { selector: 'node.t-forum.lvl-macro', style: { width: 58, height: 34, 'font-size': 14, 'font-weight': 'bold' } },
    { selector: 'node.t-forum.lvl-micro', style: { width: 38, height: 24 } },
    { selector: 'node.t-carelevel', style: { shape: 'barrel', width: 44, height: 30 } },
    { selector: 'node.t-targetgroup', style: { shape: 'round-diamond', width: 36, height: 36, 'background-color': '#e2f1f8', 'border-color': '#1d5b73', 'border-width': 2 } },
    { selector: 'node.t-initiative', style: { shape: 'round-pentagon', width: 38, height: 36, 'background-color': '#dff3ee', 'border-color': '#135e4f', 'border-width': 2.5 } },
    { selector: 'node.t-gap', style: { shape: 'round-triangle', width: 36, height: 32, 'background-color': '#fde1df', 'border-color': '#a4231b', 'border-width': 2, color: '#7a1a14' } },
    { selector: 'node.t-gap.sev-high', style: { 'border-width': 4 } },
    { selector: 'node.t-gap.sev-critical', style: { 'border-width': 6, width: 42, height: 38 } },
    { selector: 'node.t-gap.gap-closed', style: { 'background-color': '#eeeeee', 'border-color': '#8a8a8a', color: '#555' } },
    // ---- principal (actors, care levels) ----
    ...(Object.entries(PRINCIPAL_STYLE) as [Principal, Record<string, string | number>][]).map(([p, style]) => ({
      selector: `node.p-${p === 'CIVIL_SOCIETY' ? 'civil' : p.toLowerCase()}`,
      style,
    })),
    // ---- state on the chosen date (forums, initiatives) ----
    // planned: dashed border and faded
    { selector: 'node.s-planned', style: { 'border-style': 'dashed', opacity: 0.72 } },
    // expected by the plan on a future date: dashed still, not faded
    { selector: 'node.s-expected', style: { 'border-style': 'dashed' } },
    // paused: dotted border
    { selector: 'node.s-paused', style: { 'border-style': 'dotted' } },
    // ended: grey, and the word in the label
    { selector: 'node.s-ended', style: { 'background-color': '#e4e4e4', 'border-color': '#8c8c8c', color: '#555555' } },
    // ---- compound groups (county part or principal) ----
    {
      selector: 'node.group',
      style: {
        shape: 'round-rectangle',
        'background-color': '#f4f6f8',
        'background-opacity': 0.6,
        'border-width': 1,
        'border-style': 'solid',
        'border-color': '#8b96a1',
        label: 'data(text)',
        'text-valign': 'top',
        'text-halign': 'center',
        'text-margin-y': -6,
        'font-size': 16,
        'font-weight': 'bold',
        padding: '24px',
        // the label pass (graph/labels.ts) keeps a group's title readable at any zoom; never drawn smaller
        'min-zoomed-font-size': opts.minZoomedFontSize,
      },
    },
    // ---- edges: a line style per relationship ----
    {
      selector: 'edge',
      style: {
        width: 1.2,
        'line-color': '#9aa4ae',
        'curve-style': opts.haystackEdges ? 'haystack' : 'straight',
        'target-arrow-color': '#6b7580',
        // light enough that the nodes and their names stay in front of a dense structure
        opacity: 0.6,
      },
    },
    { selector: 'edge.r-participates-in', style: { 'line-color': '#7b8692' } },
    { selector: 'edge.chair', style: { width: 3 } },
    { selector: 'edge.r-convenes', style: { 'line-color': '#5c4a00', width: 2 } },
    { selector: 'edge.r-reports-to', style: { 'line-color': '#3a4149', width: 2, 'target-arrow-shape': opts.haystackEdges ? 'none' : 'triangle' } },
    { selector: 'edge.r-part-of', style: { 'line-color': '#c3cad1', width: 1 } },
    // context lines (spans, covers, serves, estimates, provides): dotted and light, so participation and reporting stand out
    { selector: 'edge.r-spans, edge.r-covers, edge.r-serves, edge.r-estimate, edge.r-provides, edge.r-orders', style: { 'line-style': 'dotted', 'line-color': '#b3bcc5', opacity: 0.45 } },
    { selector: 'edge.r-between, edge.r-affects', style: { 'line-style': 'dashed', 'line-color': '#b3261e', width: 2 } },
    { selector: 'edge.r-addresses', style: { 'line-style': 'dashed', 'line-color': '#1f7a4d', width: 2, 'target-arrow-shape': opts.haystackEdges ? 'none' : 'triangle', 'target-arrow-color': '#1f7a4d' } },
    { selector: 'edge.r-paired-with', style: { 'line-color': '#5b3f8c', width: 3 } },
    { selector: 'edge.r-owns, edge.r-belongs-to', style: { 'line-color': '#135e4f' } },
    // a detected finding drawn between the elements it concerns
    { selector: 'edge.finding', style: { 'line-style': 'dashed', 'line-color': '#b3261e', width: 2, opacity: 0.75, 'line-dash-pattern': [8, 5], label: 'data(text)', 'font-size': 10, color: '#7a1a14', 'text-background-color': '#fff', 'text-background-opacity': 0.85, 'min-zoomed-font-size': opts.minZoomedFontSize } },
    // ---- plan comparison: thick outline and a + or − in the label ----
    { selector: 'node.d-added', style: { 'outline-width': 4, 'outline-color': '#1f7a4d', 'outline-style': 'solid', 'outline-offset': 3, opacity: 1 } },
    { selector: 'node.d-ending', style: { 'outline-width': 4, 'outline-color': '#a4231b', 'outline-style': 'dashed', 'outline-offset': 3 } },
    // ---- interaction ----
    { selector: '.hidden', style: { display: 'none' } },
    // everything but the evidence of a selected gap, or the neighbourhood of a hovered element
    { selector: '.faded', style: { opacity: 0.15, 'text-opacity': 0.3 } },
    { selector: 'node.evidence', style: { 'underlay-color': '#b3261e', 'underlay-opacity': 0.25, 'underlay-padding': 8, 'underlay-shape': 'ellipse' } },
    { selector: 'edge.evidence', style: { width: 4, opacity: 1 } },
    { selector: 'edge.finding.evidence', style: { width: 5, 'font-size': 13, 'font-weight': 'bold', 'z-index': 99 } },
    // the element found by search, or chosen in a list
    { selector: 'node.highlight', style: { 'underlay-color': '#f2b200', 'underlay-opacity': 0.55, 'underlay-padding': 12, 'underlay-shape': 'ellipse', 'z-index': 99 } },
    // selected: a blue halo; the border keeps its style, which carries principal or state
    { selector: 'node:selected', style: { 'border-color': '#0b57d0', 'underlay-color': '#0b57d0', 'underlay-opacity': 0.3, 'underlay-padding': 10, 'underlay-shape': 'ellipse' } },
    { selector: 'edge:selected', style: { 'line-color': '#0b57d0', width: 4 } },
    // ---- labels (graph/labels.ts): one that would be too small or overlap one that matters more is not drawn ----
    { selector: '.nolabel', style: { 'text-opacity': 0, 'text-background-opacity': 0 } },
    // … until the pointer is on its element
    { selector: 'node.label-hover', style: { 'text-opacity': 1, 'text-background-opacity': 0.95, 'z-index': 100 } },
  ];
  return rules;
}
