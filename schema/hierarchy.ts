// The area hierarchy walks, once for the server and the page: PART_OF
// followed up (what an actor or area is part of) or down (what is part of
// an area), breadth first, nearest first, each node once — so a cycle in the
// data ends the walk instead of the process, and no depth cap cuts a deep
// hierarchy short. Each caller says how to take one step.

/** What `step` leads to from `start`, breadth first, nearest first, each once (not `start` itself). */
export function reach(start: string, step: (id: string) => Iterable<string>): string[] {
  const seen = new Set([start]);
  const out: string[] = [];
  let frontier = [start];
  while (frontier.length) {
    const next: string[] = [];
    for (const n of frontier) {
      for (const m of step(n)) {
        if (seen.has(m)) continue;
        seen.add(m);
        out.push(m);
        next.push(m);
      }
    }
    frontier = next;
  }
  return out;
}

/** An area and everything part of it, at any depth. */
export function withParts(area: string, partsOf: (id: string) => Iterable<string>): Set<string> {
  return new Set([area, ...reach(area, partsOf)]);
}

/** The nearest of `id` itself and what it is part of that satisfies `test`, or null. */
export function nearestUp(id: string, parentsOf: (id: string) => Iterable<string>, test: (id: string) => boolean): string | null {
  if (test(id)) return id;
  for (const up of reach(id, parentsOf)) if (test(up)) return up;
  return null;
}
