// An edit someone else overtook, headless: which fields the page shows (the
// person's value and the one saved now), and what "Spara mitt ändå" saves.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../web/src/api.ts';
import { conflictRows, reapplied, staleCurrent } from '../../web/src/conflict.ts';
import { updateChange, type Detail } from '../../web/src/details-changes.ts';
import { formValues } from '../../web/src/forms.ts';

const read: Detail = { id: 'local', label: 'Forum', name: 'Lokal samverkan Vindeln', kind: 'COLLABORATION_GROUP', systemLevel: 'MICRO', status: 'ACTIVE', mandate: 'ADVISES', description: 'Möts varje månad', topLevel: false, updatedAt: 'v1' };
// someone else changed the mandate and the description
const current: Detail = { ...read, mandate: 'DECIDES', description: 'Möts varannan vecka', updatedAt: 'v2' };

describe('a refused edit', () => {
  it('is recognised by its reason, with the element as it stands', () => {
    const e = new ApiError('CONFLICT', 'changed', 'ändrat', [], { code: 'CONFLICT', reason: 'STALE_VERSION', current });
    expect(staleCurrent(e)).toEqual(current);
    expect(staleCurrent(new ApiError('CONFLICT', 'A Forum named … already exists', undefined, [], { code: 'CONFLICT' }))).toBeNull();
  });

  it('shows each field that differs: what the person has and what is saved now, marking what someone else changed', () => {
    // the person changed the status and, like the other, the description
    const values = { ...formValues('Forum', read), status: 'PAUSED', description: 'Möts sällan' };
    const rows = conflictRows('Forum', read, current, values).map((r) => [r.field.name, r.yours, r.current, r.byOther]);
    expect(rows).toEqual([
      ['status', 'PAUSED', 'ACTIVE', false],
      ['mandate', 'ADVISES', 'DECIDES', true],
      ['description', 'Möts sällan', 'Möts varannan vecka', true],
    ]);
  });

  it('saves anyway only the person\'s own changes, over the current version', () => {
    const values = { ...formValues('Forum', read), status: 'PAUSED' };
    const again = reapplied('Forum', read, current, values);
    expect(again).toMatchObject({ status: 'PAUSED', mandate: 'DECIDES', description: 'Möts varannan vecka' });
    expect(updateChange('Forum', current, again)!.change).toEqual({ updateForum: { id: 'local', patch: { status: 'PAUSED' }, expectedVersion: 'v2' } });
  });
});
