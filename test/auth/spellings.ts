// Ways to write a path that a router may decode, normalise or ignore: the access tests try
// every one (test/auth/access.test.ts, test/api/share-links.test.ts).
/** Ways to write the same path that a router may decode, normalise or ignore. */
export function spellings(path: string): string[] {
  const out = new Set<string>();
  const hex = (c: string, upper: boolean) => {
    const h = c.charCodeAt(0).toString(16).padStart(2, '0');
    return `%${upper ? h.toUpperCase() : h}`;
  };
  const chars = [...path];
  const at = (i: number, rep: string) => chars.map((c, j) => (j === i ? rep : c)).join('');
  chars.forEach((c, i) => {
    if (c === '/') return;
    out.add(at(i, hex(c, false)));
    out.add(at(i, hex(c, true)));
    out.add(at(i, `%25${hex(c, false).slice(1)}`)); // double-encoded
    if (c.toUpperCase() !== c) out.add(at(i, c.toUpperCase()));
  });
  out.add(chars.map((c) => (c === '/' ? c : hex(c, false))).join(''));
  out.add(chars.map((c) => (c === '/' ? c : hex(c, true))).join(''));
  const segments = path.split('/').filter(Boolean);
  const last = segments.length - 1;
  out.add(`/${path}`);
  out.add(`${path}/`);
  out.add(`${path}//`);
  out.add(`/${segments.join('//')}`);
  out.add(`/./${segments.join('/')}`);
  out.add(`/x/../${segments.join('/')}`);
  out.add(`/%2e/${segments.join('/')}`);
  out.add(`/x/%2e%2e/${segments.join('/')}`);
  out.add(`${path}/.`);
  out.add(`${path}/x/..`);
  out.add(`/${segments.map((s, i) => (i === last ? `./${s}` : s)).join('/')}`);
  out.add(`/${segments.join('%2f')}`);
  out.add(`%2f${segments.join('/')}`);
  out.add(path.toUpperCase());
  out.add(path.replace(/^\/(.)/, (_, c: string) => `/${c.toUpperCase()}`));
  out.add(`${path};`);
  out.add(`${path};a=b`);
  out.add(`/${segments.map((s) => `${s};x`).join('/')}`);
  out.add(`${path}%3b`);
  out.add(`${path}%00`);
  out.add(`${path}%20`);
  out.add(`${path}?`);
  out.add(`${path}/%2e`);
  out.add(`\\${segments.join('\\')}`);
  out.add(`${at(1, hex(chars[1]!, false))}/`);
  out.add(`/${at(1, hex(chars[1]!, true))}`);
  out.delete(path);
  return [...out];
}
