// The page a committee gets (graph/picture.ts): the view in words, the paper's
// size, the legend and the whole map inside the page.
import { describe, expect, it } from 'vitest';
import { legendEntries } from '../../web/src/graph/legend.ts';
import { composePicture, PAPER_PT, pdfSafe, picturePage, viewWords, wrap } from '../../web/src/graph/picture.ts';
import { en } from '../../web/src/i18n/en.ts';
import { sv } from '../../web/src/i18n/sv.ts';
import { DEFAULT_STATE } from '../../web/src/state.ts';

const names: Record<string, string> = { vindeln: 'Vindelns kommun', f1: 'Samverkansgrupp Vindeln' };
const nameOf = (id: string) => names[id];
const map = { svg: '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="2000" height="500"><g><text x="1" y="1">Vindelns kommun</text></g></svg>', width: 2000, height: 500 };

describe('the view in words', () => {
  it('says there are no filters when there are none', () => {
    expect(viewWords(DEFAULT_STATE, sv, nameOf)).toEqual([sv.picture.noFilters]);
  });

  it('names each active filter with its values, the focus, grouping and comparison', () => {
    const s = { ...DEFAULT_STATE, municipality: 'vindeln', systemLevel: ['MACRO' as const, 'MESO' as const], showEnded: false, focus: 2, selected: 'f1', grouping: 'countyPart' as const, compare: true };
    expect(viewWords(s, sv, nameOf)).toEqual([
      'Kommun: Vindelns kommun',
      'Systemnivå: Makro (strategisk), Meso (taktisk)',
      'Visa avslutade: nej',
      'Fokus: Samverkansgrupp Vindeln, 2 steg ut',
      'Gruppera: Länsdel',
      'I dag jämfört med plan',
    ]);
    expect(viewWords(s, en, nameOf)[0]).toBe('Municipality: Vindelns kommun');
  });
});

describe('the page', () => {
  for (const paper of ['a4', 'a3'] as const) {
    it(`is ${paper.toUpperCase()} landscape, with title, lines, legend and the whole map inside it`, () => {
      const pic = picturePage(map, paper, { state: DEFAULT_STATE, m: sv, date: '2026-05-01', nameOf, shown: 3, total: 9, made: new Date('2026-05-02T10:00:00Z') });
      expect([pic.width, pic.height]).toEqual([PAPER_PT[paper].w, PAPER_PT[paper].h]);
      expect(pic.svg).toContain(`viewBox="0 0 ${PAPER_PT[paper].w} ${PAPER_PT[paper].h}"`);
      expect(pic.svg).toContain('Kartan per 2026-05-01 · 3 av 9 element visas · Skapad 2026-05-02 10:00');
      expect(pic.svg).toContain(`Filter: ${sv.picture.noFilters}`);
      for (const e of legendEntries(sv)) for (const w of e.text.split(' ')) expect(pic.svg).toContain(w.replace(/&/g, '&amp;'));
      expect(pic.svg).toContain('<text x="1" y="1">Vindelns kommun</text>');
      const b = pic.mapBox;
      expect(b.x).toBeGreaterThan(0);
      expect(b.y + b.h).toBeLessThan(pic.height);
      // the map is scaled to the box as a whole: its width fills the box (it is the wider side here)
      const k = Number(/class="map" transform="translate\([\d.]+,[\d.]+\) scale\(([\d.]+)\)"/.exec(pic.svg)?.[1]);
      expect(2000 * k).toBeGreaterThan(b.w - 13);
      expect(2000 * k).toBeLessThanOrEqual(b.w);
    });
  }

  it('escapes names, wraps long lines and writes the PDF fonts’ characters', () => {
    const pic = composePicture({ paper: 'a4', title: 'A & <B>', lines: [], legendHeading: 'L', groups: sv.legend.groups, legend: [], map });
    expect(pic.svg).toContain('A &amp; &lt;B&gt;');
    expect(wrap('ett två tre fyra', 8)).toEqual(['ett två', 'tre fyra']);
    expect(pdfSafe('− ⚠ Umeå')).toBe('- ! Umeå');
  });
});
