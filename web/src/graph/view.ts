// Every node's look in one pure step: its classes and text from the state on
// the date, the plan comparison, what is visible, highlighted and in evidence.
// The map component applies the result; tests check it headless.
import type { Messages } from '../i18n/sv.ts';
import { nodeClasses, nodeText, type DiffMark } from './style.ts';
import type { DayState, PlanDiff } from './timeline.ts';
import type { MapNode } from './types.ts';

export interface ViewInput {
  states: ReadonlyMap<string, DayState>;
  visible: ReadonlySet<string>;
  diff: PlanDiff | null;
  messages: Messages;
  highlight: string | null;
  /** When set, everything else is faded. */
  evidence: ReadonlySet<string> | null;
}

export interface NodeLook {
  classes: string;
  text: string;
}

export function diffMark(id: string, diff: PlanDiff | null): DiffMark {
  if (!diff) return null;
  return diff.added.has(id) ? 'added' : diff.ending.has(id) ? 'ending' : null;
}

export function nodeLook(n: MapNode, v: ViewInput): NodeLook {
  const state = v.states.get(n.id) ?? 'active';
  const mark = diffMark(n.id, v.diff);
  const classes = nodeClasses(n, state, mark);
  if (!v.visible.has(n.id)) classes.push('hidden');
  if (v.highlight === n.id) classes.push('highlight');
  if (v.evidence) classes.push(v.evidence.has(n.id) ? 'evidence' : 'faded');
  else if (v.diff && !mark) classes.push('faded');
  return { classes: classes.join(' '), text: nodeText(n, state, v.messages, mark) };
}
