// The view in the URL: only what differs from the defaults, and nothing
// from a URL trusted that is not a known value.
import { describe, expect, it } from 'vitest';
import { decodeState, DEFAULT_STATE, encodeState, stateFromSaved, viewStateForSaving, type ViewState } from '../../web/src/state.ts';

describe('view state in the URL', () => {
  it('is empty for the default view', () => {
    expect(encodeState(DEFAULT_STATE)).toBe('');
    expect(decodeState('')).toEqual(DEFAULT_STATE);
  });

  it('round-trips every setting', () => {
    const s: ViewState = {
      labels: ['Forum', 'Gap'], countyPart: 'actor-lansdel-umea', municipality: 'actor-vindeln', systemLevel: ['MESO'], status: ['PLANNED', 'ACTIVE'],
      careLevel: 'carelevel-primarvard', targetGroup: 'tg-1', showEnded: false, grouping: 'countyPart', asOf: '2027-01-01', compare: true, focus: 2,
      selected: 'forum-lokal-samverkan-vindeln', tab: 'coverage', side: 'gaps', lang: 'en',
    };
    const hash = encodeState(s);
    expect(hash).toContain('m=actor-vindeln');
    expect(decodeState(`#${hash}`)).toEqual(s);
  });

  it('drops unknown or unsafe values', () => {
    const s = decodeState('#t=Forum,Bogus&m=<script>&d=2026-13-45&n=99&g=weird&lang=de&st=ACTIVE,NOPE&sel=Forum X');
    expect(s.labels).toEqual(['Forum']);
    expect(s.municipality).toBeNull();
    expect(s.asOf).toBeNull();
    expect(s.focus).toBe(0);
    expect(s.grouping).toBe('none');
    expect(s.lang).toBe('sv');
    expect(s.status).toEqual(['ACTIVE']);
    expect(s.selected).toBeNull();
  });

  it('saves a view without the reader’s language and opens it in the reader’s', () => {
    const saved = viewStateForSaving({ ...DEFAULT_STATE, municipality: 'actor-vindeln', lang: 'en' });
    expect(saved).toEqual({ m: 'actor-vindeln' });
    expect(stateFromSaved(saved, 'en')).toEqual({ ...DEFAULT_STATE, municipality: 'actor-vindeln', lang: 'en' });
  });
});
