// Rules about single forums and their reporting lines: the structure's own hygiene.
import type { ForumNode, Principal } from '../../../schema/domain.ts';
import type { Localized } from '../catalogue.ts';
import type { Draft, Rule } from '../finding.ts';
import { namesOf } from '../text.ts';
import type { AsOfView } from '../view.ts';

const PRINCIPAL: Record<Principal, Localized> = {
  REGION: { sv: 'regionen', en: 'the region' },
  MUNICIPALITY: { sv: 'kommunen', en: 'the municipality' },
  PRIVATE: { sv: 'privata huvudmän', en: 'private principals' },
  STATE: { sv: 'staten', en: 'the state' },
  CIVIL_SOCIETY: { sv: 'civilsamhället', en: 'civil society' },
};

/** Forums that exist on the date: running, or planned (hygiene matters before the start too); of those a scoped analysis looks at. */
const current = (view: AsOfView): ForumNode[] => view.forumsToCheck().filter((f) => view.isActive(f.id) || view.isPlanned(f.id));

const forumDraft = (view: AsOfView, f: ForumNode, title: Localized, explanation: Localized, evidence: readonly string[] = [], between: readonly string[] = []): Draft => ({
  keyParts: [f.id],
  title,
  explanation,
  scope: { kind: 'FORUM', ids: [f.id] },
  evidence: [f.id, ...evidence],
  between: [...between],
  areas: covered(view, [f.id]),
});

/** The areas forums cover (what they COVER, as recorded). */
export const covered = (view: AsOfView, forumIds: readonly string[]): string[] => forumIds.flatMap((id) => view.snap.targets(id, 'COVERS'));

/** An active forum meant to cross the boundary (crossesBoundary) whose participants all share one principal. */
export const boundaryForumOnePrincipal: Rule = (view) => {
  const out: Draft[] = [];
  for (const f of view.forumsToCheck()) {
    if (!f.crossesBoundary || !view.isActive(f.id)) continue;
    const ps = view.participants(f.id);
    const principals = new Set(ps.map((p) => view.principal(p)));
    if (ps.length === 0 || principals.size !== 1) continue;
    const only = [...principals][0]!;
    out.push(forumDraft(
      view,
      f,
      { sv: `”${f.name}” saknar motpart över gränsen`, en: `“${f.name}” has no counterpart across the boundary` },
      {
        sv: `Forumet ska föra samman region och kommun, men alla ${ps.length} deltagare företräder ${PRINCIPAL[only].sv}.`,
        en: `The forum is meant to bring region and municipality together, but all ${ps.length} participants represent ${PRINCIPAL[only].en}.`,
      },
      ps,
      ps,
    ));
  }
  return out;
};

/**
 * A forum (active or planned) that is not topLevel and reports to no forum
 * that still exists on the date (reporting to an ended forum counts as none).
 */
export const forumOrphan: Rule = (view) => {
  const out: Draft[] = [];
  for (const f of current(view)) {
    if (f.topLevel) continue;
    const lines = view.snap.targets(f.id, 'REPORTS_TO');
    const live = lines.filter((t) => { const s = view.status(t); return s !== undefined && s !== 'ENDED'; });
    if (live.length) continue;
    const ended = lines.filter((t) => !live.includes(t));
    const why = ended.length
      ? { sv: ` Det rapporterar till ${namesOf(ended.map((id) => view.node(id)), 'sv')}, som har upphört.`, en: ` It reports to ${namesOf(ended.map((id) => view.node(id)), 'en')}, which has ended.` }
      : { sv: '', en: '' };
    out.push(forumDraft(
      view,
      f,
      { sv: `”${f.name}” rapporterar inte till något forum`, en: `“${f.name}” reports to no forum` },
      {
        sv: `Forumet är inte markerat som högsta nivå men har ingen rapporteringsväg, så dess slutsatser når ingen som kan ta dem vidare.${why.sv}`,
        en: `The forum is not marked as top level but has no reporting line, so its conclusions reach no one who can take them further.${why.en}`,
      },
      ended,
    ));
  }
  return out;
};

/**
 * Strongly connected components of the reporting lines among forums that have
 * not ended. A scoped analysis starts the search from the forums it looks at:
 * each component the search meets is found whole.
 */
export const reportingCycle: Rule = (view) => {
  const live = (id: string) => view.status(id) !== 'ENDED';
  const nodes = view.forumsToCheck().filter((f) => live(f.id)).map((f) => f.id);
  const succ = (id: string) => view.snap.targets(id, 'REPORTS_TO').filter(live);
  const out: Draft[] = [];
  for (const scc of stronglyConnected(nodes, succ)) {
    if (scc.length < 2) continue;
    const ids = [...scc].sort();
    const names = ids.map((id) => view.node(id));
    out.push({
      keyParts: ids,
      title: { sv: `Rapporteringscirkel mellan ${ids.length} forum`, en: `Reporting cycle among ${ids.length} forums` },
      explanation: {
        sv: `${namesOf(names, 'sv')} rapporterar till varandra i en cirkel; ingen av dem når en högsta nivå.`,
        en: `${namesOf(names, 'en')} report to each other in a circle; none of them reaches a top level.`,
      },
      scope: { kind: 'FORUM', ids },
      evidence: ids,
      areas: covered(view, ids),
    });
  }
  return out;
};

/** An active or planned forum with no mandate recorded. */
export const forumWithoutMandate: Rule = (view) =>
  current(view).filter((f) => !f.mandate).map((f) => forumDraft(
      view,
    f,
    { sv: `”${f.name}” saknar mandat`, en: `“${f.name}” has no mandate` },
    {
      sv: 'Det är inte angivet om forumet beslutar, ger råd, samordnar eller informerar, så det är oklart vad som kan avgöras där.',
      en: 'It is not recorded whether the forum decides, advises, coordinates or informs, so it is unclear what can be settled there.',
    },
  ));

/** An active or planned forum no actor convenes (a chair alone does not count: CONVENES is what is asked for). */
export const forumWithoutConvener: Rule = (view) =>
  current(view).filter((f) => view.snap.sources(f.id, 'CONVENES').length === 0).map((f) => forumDraft(
      view,
    f,
    { sv: `”${f.name}” saknar sammankallande`, en: `“${f.name}” has no convener` },
    {
      sv: 'Ingen aktör är angiven som sammankallande, så ingen ansvarar för att forumet faktiskt träffas.',
      en: 'No actor is recorded as convener, so no one is responsible for the forum actually meeting.',
    },
  ));

/** An active forum with no participants. */
export const forumWithoutParticipants: Rule = (view) =>
  view.forumsToCheck().filter((f) => view.isActive(f.id) && view.participants(f.id).length === 0).map((f) => forumDraft(
      view,
    f,
    { sv: `”${f.name}” har inga deltagare`, en: `“${f.name}” has no participants` },
    {
      sv: 'Forumet räknas som aktivt men ingen aktör är angiven som deltagare.',
      en: 'The forum counts as active but no actor is recorded as taking part.',
    },
  ));

/**
 * A forum still PLANNED on the date (see `statusOn`: on today or earlier)
 * whose planned start (plannedStart, else startDate) is before the date.
 */
export const plannedForumOverdue: Rule = (view) => {
  const out: Draft[] = [];
  for (const f of view.forumsToCheck()) {
    if (f.status !== 'PLANNED' || !view.isPlanned(f.id)) continue;
    const start = f.plannedStart ?? f.startDate;
    if (!start || start >= view.date) continue;
    out.push(forumDraft(
      view,
      f,
      { sv: `”${f.name}” skulle ha startat ${start}`, en: `“${f.name}” was due to start on ${start}` },
      {
        sv: `Forumet är fortfarande planerat, men dess planerade start (${start}) har passerat. Starta det, flytta datumet eller avsluta planen.`,
        en: `The forum is still planned, but its planned start (${start}) has passed. Start it, move the date or drop the plan.`,
      },
      view.snap.sources(f.id, 'CONVENES'),
    ));
  }
  return out;
};

/**
 * Tarjan's algorithm; components in reverse topological order. Iterative (an
 * explicit stack of frames where the textbook recursion would call itself),
 * so a long reporting chain cannot overflow the call stack; it visits, and
 * so returns, exactly what the recursive form does.
 */
export function stronglyConnected(nodes: readonly string[], succ: (id: string) => readonly string[]): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const out: string[][] = [];
  const frames: Array<{ v: string; next: readonly string[]; i: number }> = [];
  const enter = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    frames.push({ v, next: succ(v), i: 0 });
  };
  for (const start of nodes) {
    if (index.has(start)) continue;
    enter(start);
    while (frames.length) {
      const frame = frames[frames.length - 1]!;
      const { v } = frame;
      if (frame.i < frame.next.length) {
        const w = frame.next[frame.i++]!;
        if (!index.has(w)) enter(w);
        else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
        continue;
      }
      if (low.get(v) === index.get(v)) {
        const scc: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          scc.push(w);
        } while (w !== v);
        out.push(scc);
      }
      frames.pop();
      const caller = frames[frames.length - 1];
      if (caller) low.set(caller.v, Math.min(low.get(caller.v)!, low.get(v)!));
    }
  }
  return out;
}
