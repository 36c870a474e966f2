// The README's example queries show real output: run them on a freshly seeded
// store and compare (regenerate with `npm run readme:examples`).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runExamples } from '../scripts/readme-examples.ts';

describe('README', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

  it('starts with the two commands a newcomer needs', () => {
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm test');
  });

  it('shows, for every example query, the output it really gives', async () => {
    expect((readme.match(/```graphql\n/g) ?? []).length).toBeGreaterThanOrEqual(5);
    expect(await runExamples(readme)).toBe(readme);
  });
});
