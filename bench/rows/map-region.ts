// The web map at region scale (Västerbotten) in headless Chromium, against
// issue #16's targets: the first frame ≤ 500 ms after the data arrives; a
// filter change, a selection and focus ≤ 100 ms each.
//
// Each is timed as a person meets it: from the input event (its own
// timeStamp, taken by a capturing listener on the window before the page sees
// it) to the first frame in which Cytoscape has drawn the result (its 'render'
// event, emitted at the end of a draw, with the result holding then) and, for
// the details panel, the first animation frame in which the DOM shows it.
// The inputs are made as a person makes them: a click on a status tick in
// the filter panel, a click on the forum on the map, the arrow key on the
// focus choice. Floor of those three: the same browser's frame after an input
// with nothing to do (a click on the page's heading).
//
// The first frame after the data: from the later of the responses the page
// waits for before drawing (GET /api/map and its GraphQL reads, Resource
// Timing's responseEnd before the page's `sk-map-data` mark) to the page's
// `sk-interactive` mark (web/src/components/map-view.ts: the first animation
// frame after the map is built). Floor: the map's data fetched and parsed in
// the same browser, as bench/rows/map.ts measures it.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { WEB_DIST, webBuildStaleness } from '../../server/web.ts';
import type { Fixture } from '../lib/fixtures.ts';
import { openCopy, startBenchApp } from '../lib/fixtures.ts';
import { median } from '../lib/measure.ts';
import { pairRow, skippedRow, type Row } from '../lib/report.ts';
import { CHROMIUM, dataFloor, freshPage, gridLayout, mapUnusable } from './map.ts';

/** The resource timings and marks the first-frame row reads (performance entries, as the page reports them). */
export interface FrameEntries {
  resources: Array<{ name: string; responseEnd: number }>;
  marks: Array<{ name: string; startTime: number }>;
}

/**
 * The first frame after the data arrived: `arrived` is the latest responseEnd
 * of the map's reads (GET /api/map, POST /graphql) that ended before the page
 * took the data in (`sk-map-data`); `ms` from there to `sk-interactive`;
 * `fromTaken` from `sk-map-data` to `sk-interactive`. Null when a mark or the
 * map's response is missing.
 */
export function firstFrameAfterData(e: FrameEntries): { arrived: number; ms: number; fromTaken: number } | null {
  const mark = (n: string) => e.marks.find((m) => m.name === n)?.startTime;
  const taken = mark('sk-map-data');
  const drawn = mark('sk-interactive');
  if (taken === undefined || drawn === undefined) return null;
  const path = (url: string) => {
    try {
      return new URL(url).pathname;
    } catch {
      return url;
    }
  };
  const reads = e.resources.filter((r) => ['/api/map', '/graphql'].includes(path(r.name)) && r.responseEnd > 0 && r.responseEnd <= taken);
  if (!reads.some((r) => path(r.name) === '/api/map')) return null;
  const arrived = Math.max(...reads.map((r) => r.responseEnd));
  return { arrived, ms: drawn - arrived, fromTaken: drawn - taken };
}

/** Input → result: the drawn frame (Cytoscape's render), the DOM frame, and the longest task meanwhile. */
interface Timed {
  ms: number; drawnMs: number; domMs: number | null; settledMs: number | null; longest: number;
  /** The page's GraphQL reads started after the input: until the last one's response ended (ms after the input), and its own duration. */
  readEndMs: number | null; readMs: number | null;
}

interface RunResult {
  frame: { ms: number; fromTaken: number; interactiveMs: number; longest: number } | null;
  filter: Timed[];
  select: Timed | null;
  focus: Timed | null;
  idle: Timed[];
  nodes: number;
  shownAll: number;
  shownFiltered: number;
  hood: number;
}

/** What the result is: the number of nodes shown changed (`settle`: and the view's fit animation ended), a node selected with its details shown, nothing. */
type Cond = { from: InputType } & ({ kind: 'shown-not'; count: number; settle?: boolean } | { kind: 'selected'; id: string; name: string } | { kind: 'none' });
type InputType = 'mouseup' | 'click' | 'keydown';

/** Installed before the page's own scripts: the input events' times, the long tasks, and a watcher for a result. */
function instrument() {
  const w = window as unknown as {
    __skInput: Record<string, number>; __longTasks: Array<{ start: number; duration: number }>;
    __skWatch: { drawn: number | null; dom: number | null; settled: number | null } | null;
  };
  w.__skInput = {};
  w.__longTasks = [];
  w.__skWatch = null;
  for (const type of ['mouseup', 'click', 'keydown']) {
    addEventListener(type, (ev) => {
      // the event's own time (when the browser made it); performance.now() if that is not on the same clock
      const now = performance.now();
      w.__skInput[type] = ev.timeStamp > 0 && ev.timeStamp <= now && now - ev.timeStamp < 1000 ? ev.timeStamp : now;
    }, { capture: true });
  }
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/** Arms the watcher (in the page) for a result; resolves once armed. */
function arm(cond: Cond) {
  type Cy = { on(e: string, f: () => void): void; off(e: string, f: () => void): void; getElementById(id: string): { selected(): boolean }; animated(): boolean; zoom(): number };
  const w = window as unknown as {
    __skMap: { cy(): Cy; shown(): number }; __skInput: Record<string, number>;
    __skWatch: { drawn: number | null; dom: number | null; settled: number | null } | null;
  };
  const cy = w.__skMap.cy();
  const watch: { drawn: number | null; dom: number | null; settled: number | null } = { drawn: null, dom: null, settled: null };
  w.__skWatch = watch;
  const zoom0 = cy.zoom();
  const holds = () => {
    if (cond.kind === 'shown-not') return w.__skMap.shown() !== cond.count;
    if (cond.kind === 'selected') return cy.getElementById(cond.id).selected();
    return true;
  };
  const dom = () => cond.kind !== 'selected' || (document.querySelector('sk-details #details-title')?.textContent ?? '').trim() === cond.name;
  const onRender = () => {
    if (watch.drawn === null && holds()) watch.drawn = performance.now();
    // focus: the view centred and fitted, its animation done
    if (cond.kind === 'shown-not' && cond.settle && watch.drawn !== null && watch.settled === null && !cy.animated() && cy.zoom() !== zoom0) watch.settled = performance.now();
  };
  if (cond.kind !== 'none') cy.on('render', onRender);
  const started = performance.now();
  const frame = () => {
    // nothing to draw: the first frame after the input
    if (cond.kind === 'none' && watch.drawn === null && (w.__skInput[cond.from] ?? -1) >= started) watch.drawn = performance.now();
    if (watch.dom === null && dom()) watch.dom = performance.now();
    const waiting = watch.drawn === null || watch.dom === null || (cond.kind === 'shown-not' && cond.settle && watch.settled === null && performance.now() - started < 2000);
    if (waiting && performance.now() - started < 30_000) requestAnimationFrame(frame);
    else cy.off('render', onRender);
  };
  requestAnimationFrame(frame);
}

export async function mapRegionRows(f: Fixture, opts: { reps: number; warmup: number; frameDeadlineMs: number; log: (m: string) => void }): Promise<Row[]> {
  const ops = {
    frame: 'map first frame after the data arrived',
    filter: 'map filter change (a status ticked or unticked in the filter panel) → filtered map drawn',
    select: 'map selecting a forum (a click on it) → selected and its details shown',
    focus: 'map focus on the selected forum (1 step, arrow key on the focus choice) → its neighbourhood drawn',
  };
  const reason = await mapUnusable(opts.log);
  if (reason) {
    return [
      skippedRow(`mapregion-frame-${f.scale}`, ops.frame, f.scale, reason, ['≤ 500 ms']),
      ...(['filter', 'select', 'focus'] as const).map((k) => skippedRow(`mapregion-${k}-${f.scale}`, ops[k], f.scale, reason, ['≤ 100 ms'])),
    ];
  }
  const stale = webBuildStaleness();
  const builtAt = existsSync(join(WEB_DIST, 'index.html')) ? statSync(join(WEB_DIST, 'index.html')).mtime.toISOString() : null;
  const buildNote = stale ? `web build ${stale} (dist/web from ${builtAt}; web/ is newer)` : `web build up to date (${builtAt})`;
  const { chromium } = await import('playwright-core');
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const { store, dispose } = await openCopy(f, 'mapregion');
  const server = await startBenchApp(store, f.dir, { web: true });
  const problems: string[] = [];
  try {
    // stored positions, as the map bench stores them
    await (await gridLayout(store))();
    const fresh = () => freshPage(browser, problems);
    const floorRun = async () => {
      const { context, page } = await fresh();
      try {
        return await dataFloor(page, server.base);
      } finally {
        await context.close();
      }
    };
    /** One input and its result: the input made by `act`, timed from the event of type `from`. */
    const timed = async (page: Page, cond: Cond, act: () => Promise<void>): Promise<Timed> => {
      const before = await page.evaluate(() => (window as unknown as { __longTasks: unknown[] }).__longTasks.length);
      await page.evaluate(arm, cond);
      await act();
      await page.waitForFunction(() => {
        const w = (window as unknown as { __skWatch: { drawn: number | null; dom: number | null } }).__skWatch;
        return w.drawn !== null && w.dom !== null;
      }, null, { timeout: 30_000, polling: 'raf' });
      // focus: the fit's animation has its time to end
      if (cond.kind === 'shown-not' && cond.settle) await page.waitForTimeout(600);
      return page.evaluate(([type, n]) => {
        const w = window as unknown as { __skInput: Record<string, number>; __longTasks: Array<{ start: number; duration: number }>; __skWatch: { drawn: number; dom: number; settled: number | null } };
        const start = w.__skInput[type as string]!;
        const end = Math.max(w.__skWatch.drawn, w.__skWatch.dom);
        const longest = Math.max(0, ...w.__longTasks.slice(n as number).filter((t) => t.start + t.duration >= start).map((t) => t.duration));
        const reads = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => e.startTime >= start && new URL(e.name).pathname === '/graphql' && e.responseEnd > 0);
        const lastRead = reads.sort((a, b) => b.responseEnd - a.responseEnd)[0];
        return {
          ms: end - start, drawnMs: w.__skWatch.drawn - start, domMs: w.__skWatch.dom - start, settledMs: w.__skWatch.settled === null ? null : w.__skWatch.settled - start, longest: Math.round(longest),
          readEndMs: lastRead ? lastRead.responseEnd - start : null, readMs: lastRead ? lastRead.responseEnd - lastRead.startTime : null,
        };
      }, [cond.from, before] as const);
    };
    const quiet = async (page: Page) => {
      await page.waitForFunction(() => (window as unknown as { __skMap: { labelsSettled(): boolean } }).__skMap.labelsSettled(), null, { timeout: 30_000, polling: 100 });
      await page.waitForTimeout(300);
    };
    const shown = (page: Page) => page.evaluate(() => (window as unknown as { __skMap: { shown(): number } }).__skMap.shown());

    const run = async (): Promise<RunResult> => {
      const { context, page } = await fresh();
      try {
        // tsx keeps function names (esbuild's __name): the functions sent to the page may call it
        await page.addInitScript('window.__name = (f) => f;');
        await page.addInitScript(instrument);
        await page.goto(`${server.base}/`, { waitUntil: 'commit' });
        await page.waitForFunction(() => !!(window as unknown as { __skMetrics?: object }).__skMetrics, null, { timeout: opts.frameDeadlineMs, polling: 50 });
        const entries = await page.evaluate(() => ({
          resources: performance.getEntriesByType('resource').map((e) => ({ name: e.name, responseEnd: (e as PerformanceResourceTiming).responseEnd })),
          marks: performance.getEntriesByType('mark').map((e) => ({ name: e.name, startTime: e.startTime })),
        }));
        const ff = firstFrameAfterData(entries);
        // the longest task between the data's arrival and the first frame
        const frameLongest = ff ? await page.evaluate(([from, to]) => Math.round(Math.max(0, ...(window as unknown as { __longTasks: Array<{ start: number; duration: number }> }).__longTasks
          .filter((t) => t.start + t.duration >= from! && t.start <= to!).map((t) => t.duration))), [ff.arrived, ff.arrived + ff.ms]) : 0;
        const interactiveMs = await page.evaluate(() => (window as unknown as { __skMetrics: { interactiveMs: number } }).__skMetrics.interactiveMs);
        const nodes = await page.evaluate(() => (window as unknown as { __skMetrics: { nodes: number } }).__skMetrics.nodes);
        await quiet(page);
        const idle: Timed[] = [];
        const heading = page.locator('#filters-h');
        idle.push(await timed(page, { kind: 'none', from: 'click' }, () => heading.click()));

        // a filter change: ACTIVE ticked (only active elements), then unticked (all again)
        const shownAll = await shown(page);
        const tick = page.locator('sk-filters input[name="status"][value="ACTIVE"]');
        const filter: Timed[] = [];
        filter.push(await timed(page, { kind: 'shown-not', count: shownAll, from: 'click' }, () => tick.click()));
        const shownFiltered = await shown(page);
        await quiet(page);
        filter.push(await timed(page, { kind: 'shown-not', count: shownFiltered, from: 'click' }, () => tick.click()));
        await quiet(page);
        idle.push(await timed(page, { kind: 'none', from: 'click' }, () => heading.click()));

        // a forum on screen, clicked where it is drawn (its middle, well inside the map)
        const target = await page.evaluate(() => {
          type N = { id(): string; data(k: string): unknown; renderedBoundingBox(o: object): { x1: number; x2: number; y1: number; y2: number; w: number; h: number } };
          const m = (window as unknown as { __skMap: { cy(): { nodes(s?: string): { filter(f: (n: N) => boolean): N[] & { toArray?: unknown } ; }; width(): number; height(): number; container(): HTMLElement } } }).__skMap;
          const cy = m.cy();
          const box = cy.container().getBoundingClientRect();
          const forums = (cy.nodes() as unknown as { toArray(): N[] }).toArray().filter((n) => n.data('label') === 'Forum');
          // the largest drawn forum well inside the map (the others' labels may cover a small one)
          const inside = forums
            .map((n) => ({ n, b: n.renderedBoundingBox({ includeLabels: false }) }))
            .filter(({ b }) => b.x1 > 40 && b.y1 > 120 && b.x2 < cy.width() - 40 && b.y2 < cy.height() - 40)
            .sort((a, b) => b.b.w * b.b.h - a.b.w * a.b.h);
          const pick = inside[0];
          if (!pick) return null;
          return { id: pick.n.id(), name: String(pick.n.data('name')), x: box.left + (pick.b.x1 + pick.b.x2) / 2, y: box.top + (pick.b.y1 + pick.b.y2) / 2 };
        });
        let select: Timed | null = null;
        let focus: Timed | null = null;
        let hood = 0;
        if (target) {
          select = await timed(page, { kind: 'selected', id: target.id, name: target.name, from: 'mouseup' }, () => page.mouse.click(target.x, target.y));
          await quiet(page);
          // focus: the choice beside the filters, one step down (off → 1 step) by the keyboard
          const before = await shown(page);
          await page.focus('#f-focus');
          focus = await timed(page, { kind: 'shown-not', count: before, settle: true, from: 'keydown' }, () => page.keyboard.press('ArrowDown'));
          hood = await shown(page);
        }
        return { frame: ff ? { ms: ff.ms, fromTaken: ff.fromTaken, interactiveMs, longest: frameLongest } : null, filter, select, focus, idle, nodes, shownAll, shownFiltered, hood };
      } finally {
        await context.close();
      }
    };

    for (let i = 0; i < opts.warmup; i++) {
      await floorRun();
      await run();
    }
    const floor: number[] = [];
    const runs: RunResult[] = [];
    for (let i = 0; i < opts.reps; i++) {
      floor.push(await floorRun());
      const r = await run();
      runs.push(r);
      opts.log(`  mapregion: first frame after data ${r.frame ? Math.round(r.frame.ms) : '–'} ms; filter ${r.filter.map((x) => Math.round(x.ms)).join(', ')} ms; select ${r.select ? Math.round(r.select.ms) : '–'} ms (drawn ${r.select ? Math.round(r.select.drawnMs) : '–'}); focus ${r.focus ? Math.round(r.focus.ms) : '–'} ms (fitted ${r.focus?.settledMs != null ? Math.round(r.focus.settledMs) : '–'}); idle ${r.idle.map((x) => Math.round(x.ms)).join(', ')} ms`);
    }
    const round = (x: number) => Math.round(x);
    const last = runs.at(-1)!;
    const idle = runs.flatMap((r) => r.idle.map((x) => x.ms));
    const idleFloor = { label: 'an input with nothing to do (a click on a heading) → next frame', value: median(idle), unit: 'ms' as const, samples: idle.map(round) };
    const within = (limit: number) => [(_r: number, fig: { value: number }) => ({ text: `≤ ${limit} ms`, met: fig.value <= limit })];
    const rows: Row[] = [];
    const frames = runs.map((r) => r.frame).filter((x): x is NonNullable<RunResult['frame']> => x !== null);
    if (frames.length) {
      rows.push(pairRow({
        id: `mapregion-frame-${f.scale}`, operation: ops.frame, scale: f.scale, reps: frames.length,
        figure: { label: 'data arrived (last response) → first drawn frame', value: median(frames.map((x) => x.ms)), unit: 'ms', samples: frames.map((x) => round(x.ms)),
          detail: `data taken in (sk-map-data) → frame ${round(median(frames.map((x) => x.fromTaken)))} ms; navigation → frame ${round(median(frames.map((x) => x.interactiveMs)))} ms; longest task meanwhile ${round(median(frames.map((x) => x.longest)))} ms; ${last.nodes} nodes` },
        floor: { label: "the page's data fetched + parsed in the same browser", value: median(floor), unit: 'ms', samples: floor.map(round) },
        targets: within(500), note: `${buildNote}; marks sk-map-data, sk-interactive; Resource Timing responseEnd`,
      }));
    } else rows.push(skippedRow(`mapregion-frame-${f.scale}`, ops.frame, f.scale, 'no sk-map-data/sk-interactive marks or no /api/map response seen', ['≤ 500 ms']));
    const filter = runs.flatMap((r) => r.filter);
    rows.push(pairRow({
      id: `mapregion-filter-${f.scale}`, operation: ops.filter, scale: f.scale, reps: filter.length,
      figure: { label: 'click → filtered map drawn', value: median(filter.map((x) => x.ms)), unit: 'ms', samples: filter.map((x) => round(x.ms)),
        detail: `${last.shownAll} → ${last.shownFiltered} nodes shown; longest task ${round(median(filter.map((x) => x.longest)))} ms (max ${Math.max(...filter.map((x) => x.longest))})` },
      floor: idleFloor, targets: within(100),
    }));
    const select = runs.map((r) => r.select).filter((x): x is Timed => x !== null);
    const readNote = (xs: Timed[]) => {
      const got = xs.filter((x) => x.readEndMs !== null && x.readMs !== null);
      return got.length ? `at ${round(median(got.map((x) => x.readEndMs!)))} ms, taking ${round(median(got.map((x) => x.readMs!)))} ms` : 'not seen';
    };
    if (select.length) rows.push(pairRow({
      id: `mapregion-select-${f.scale}`, operation: ops.select, scale: f.scale, reps: select.length,
      figure: { label: 'mouseup → selected and details shown', value: median(select.map((x) => x.ms)), unit: 'ms', samples: select.map((x) => round(x.ms)),
        detail: `selected on the map ${round(median(select.map((x) => x.drawnMs)))} ms, details ${round(median(select.map((x) => x.domMs ?? 0)))} ms (their GraphQL read answered ${readNote(select)}); longest task ${round(median(select.map((x) => x.longest)))} ms (max ${Math.max(...select.map((x) => x.longest))})` },
      floor: idleFloor, targets: within(100),
    }));
    else rows.push(skippedRow(`mapregion-select-${f.scale}`, ops.select, f.scale, 'no forum drawn well inside the map to click', ['≤ 100 ms']));
    const focus = runs.map((r) => r.focus).filter((x): x is Timed => x !== null);
    if (focus.length) {
      const settled = focus.map((x) => x.settledMs).filter((x): x is number => x !== null);
      rows.push(pairRow({
        id: `mapregion-focus-${f.scale}`, operation: ops.focus, scale: f.scale, reps: focus.length,
        figure: { label: 'keydown → neighbourhood drawn (the rest hidden, the fit begun)', value: median(focus.map((x) => x.ms)), unit: 'ms', samples: focus.map((x) => round(x.ms)),
          detail: `${last.hood} nodes shown; centred and fitted (its 300 ms animation ended) ${settled.length ? `${round(median(settled))} ms` : '–'}; longest task ${round(median(focus.map((x) => x.longest)))} ms (max ${Math.max(...focus.map((x) => x.longest))})` },
        floor: idleFloor, targets: within(100),
      }));
    } else rows.push(skippedRow(`mapregion-focus-${f.scale}`, ops.focus, f.scale, 'no forum selected', ['≤ 100 ms']));
    if (problems.length) for (const r of rows) r.note = `${r.note ?? ''}; page problems: ${[...new Set(problems)].slice(0, 4).join(' | ')}`;
    return rows;
  } finally {
    await server.close();
    await dispose();
    await browser.close();
  }
}
