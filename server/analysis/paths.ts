// Collaboration paths: the shortest chain of forums and actors linking two
// actors through participation in forums active on a date.
import { badInput, notFound } from '../errors.ts';
import type { Localized } from './catalogue.ts';
import { participationGraph, shortestPath } from './participation.ts';
import type { ReadModel } from '../read-model/read-model.ts';
import { namesOf } from './text.ts';
import { AsOfView } from './view.ts';

export interface CollaborationPath {
  found: boolean;
  from: string;
  to: string;
  asOf: string;
  /** Actor, forum, actor, forum, …, actor; empty when not found. */
  path: string[];
  /** How many forums the chain passes through. */
  forumCount: number;
  message: Localized;
  snapshot: ReadModel;
}

export function collaborationPath(snap: ReadModel, from: string, to: string, asOf: string, today: string): CollaborationPath {
  const ends = [['from', from], ['to', to]] as const;
  for (const [field, id] of ends) {
    const n = snap.node(id);
    if (!n) throw notFound(id);
    if (n.label !== 'Actor') {
      throw badInput(`"${id}" is a ${n.label}; a collaboration path links two actors`, [
        { path: [field], message: 'must be an actor', messageSv: 'måste vara en aktör' },
      ]);
    }
  }
  const view = new AsOfView(snap, asOf, today);
  const g = participationGraph(view);
  const [a, b] = [snap.node(from)!, snap.node(to)!];
  const base = { from, to, asOf, snapshot: snap };
  if (from === to) {
    return { ...base, found: true, path: [from], forumCount: 0, message: { sv: `${namesOf([a], 'sv')} är samma aktör.`, en: `${namesOf([a], 'en')} is the same actor.` } };
  }
  for (const n of [a, b]) {
    if (g.degree(n.id) === 0) {
      return {
        ...base, found: false, path: [], forumCount: 0,
        message: { sv: `${namesOf([n], 'sv')} deltar inte i något aktivt forum den ${asOf}.`, en: `${namesOf([n], 'en')} takes part in no forum active on ${asOf}.` },
      };
    }
  }
  const path = shortestPath(g, from, to);
  if (!path) {
    return {
      ...base, found: false, path: [], forumCount: 0,
      message: {
        sv: `Ingen kedja av aktiva forum förbinder ${namesOf([a], 'sv')} och ${namesOf([b], 'sv')} den ${asOf}.`,
        en: `No chain of active forums links ${namesOf([a], 'en')} and ${namesOf([b], 'en')} on ${asOf}.`,
      },
    };
  }
  const forumCount = path.filter((id) => snap.node(id)?.label === 'Forum').length;
  const chain = (lang: 'sv' | 'en') => path.map((id) => namesOf([snap.node(id)], lang)).join(' → ');
  return {
    ...base, found: true, path, forumCount,
    message: {
      sv: `${namesOf([a], 'sv')} och ${namesOf([b], 'sv')} förbinds via ${forumCount} forum: ${chain('sv')}.`,
      en: `${namesOf([a], 'en')} and ${namesOf([b], 'en')} are linked through ${forumCount} forum${forumCount === 1 ? '' : 's'}: ${chain('en')}.`,
    },
  };
}
