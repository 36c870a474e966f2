// A gap from where it is seen (#17): what the new-gap form opens with, from a
// forum's details, an actor, a detected finding and a coverage cell.
import { describe, expect, it } from 'vitest';
import { createChanges } from '../../web/src/details-changes.ts';
import { LINK_EDITORS } from '../../web/src/forms.ts';
import { gapFromCell, gapFromDetail, gapFromFinding } from '../../web/src/gap-prefill.ts';
import type { Finding } from '../../web/src/graph/gaps.ts';
import type { MapNode } from '../../web/src/graph/types.ts';

const ref = (id: string, label: string, name: string) => ({ id, label, name });

describe('a gap from where it is seen', () => {
  it('from a forum: the forum addresses it; it lies between the forum\'s care levels and areas and affects its target groups; saved in one request', () => {
    const p = gapFromDetail({
      id: 'forum-v', label: 'Forum', name: 'Lokal samverkan Vindeln',
      careLevels: [ref('cl-pc', 'CareLevel', 'Primärvård'), ref('cl-home', 'CareLevel', 'Hemsjukvård')],
      areas: [ref('kommun-vindeln', 'Actor', 'Vindelns kommun')], targetGroups: [ref('tg-old', 'TargetGroup', 'Äldre')],
    });
    expect(p.from).toBe('Lokal samverkan Vindeln');
    expect(p.links).toEqual({
      addressedBy: [{ id: 'forum-v', name: 'Lokal samverkan Vindeln', principal: null }],
      between: [{ id: 'cl-pc', name: 'Primärvård', principal: null }, { id: 'cl-home', name: 'Hemsjukvård', principal: null }, { id: 'kommun-vindeln', name: 'Vindelns kommun', principal: null }],
      affects: [{ id: 'tg-old', name: 'Äldre', principal: null }],
    });
    const editors = LINK_EDITORS.Gap!;
    const links = editors.flatMap((editor) => (p.links![editor.key] ?? []).map((link) => ({ editor, link })));
    const { changes } = createChanges('Gap', { name: 'Utskrivning' }, null, links);
    expect(changes.map((c) => c.change)).toContainEqual({ link: { type: 'ADDRESSES', from: 'forum-v', to: 'gap-utskrivning' } });
    expect(changes.map((c) => c.change)).toContainEqual({ link: { type: 'BETWEEN', from: 'gap-utskrivning', to: 'kommun-vindeln' } });
    expect(changes.map((c) => c.change)).toContainEqual({ link: { type: 'AFFECTS', from: 'gap-utskrivning', to: 'tg-old' } });
  });

  it('from an actor, a care level or a target group', () => {
    expect(gapFromDetail({ id: 'a', label: 'Actor', name: 'A', principal: 'MUNICIPALITY' }).links).toEqual({ between: [{ id: 'a', name: 'A', principal: 'MUNICIPALITY' }] });
    expect(gapFromDetail({ id: 't', label: 'TargetGroup', name: 'T' }).links).toEqual({ affects: [{ id: 't', name: 'T', principal: null }] });
  });

  it('from a finding: its title, kind, severity and explanation; between its ends and areas, affecting its target groups, addressed by its remedies', () => {
    const f = {
      key: 'k', ruleId: 'r', kind: 'HANDOVER', severity: 'HIGH', title: { sv: 'Ingen överlämning', en: 'No hand-over' }, explanation: { sv: 'För att …', en: 'Because …' },
      evidenceIds: [], scope: { kind: 'AREA', ids: ['kommun-vindeln'] }, between: [ref('cl-a', 'CareLevel', 'A'), ref('cl-b', 'CareLevel', 'B')],
      affects: [ref('tg', 'TargetGroup', 'T')], remedies: [ref('forum-p', 'Forum', 'P')], areas: [ref('kommun-vindeln', 'Actor', 'Vindelns kommun')],
      estimate: null, dismissal: null, recordedGap: null,
    } as Finding;
    const p = gapFromFinding(f, 'sv');
    expect(p.values).toEqual({ name: 'Ingen överlämning', kind: 'HANDOVER', severity: 'HIGH', evidence: 'För att …' });
    expect(p.links!.between!.map((x) => x.id)).toEqual(['cl-a', 'cl-b', 'kommun-vindeln']);
    expect(p.links!.affects!.map((x) => x.id)).toEqual(['tg']);
    expect(p.links!.addressedBy!.map((x) => x.id)).toEqual(['forum-p']);
    expect(gapFromFinding(f, 'en').values!.name).toBe('No hand-over');
  });

  it('from a coverage cell: the area, a hand-over column\'s care levels (kind HANDOVER) or a target-group column\'s group', () => {
    const nodes = [
      { id: 'kommun-vindeln', label: 'Actor', name: 'Vindelns kommun', principal: 'MUNICIPALITY', kind: 'MUNICIPALITY' },
      { id: 'cl-em', label: 'CareLevel', name: 'Akutsjukvård', kind: 'EMERGENCY' }, { id: 'cl-pc', label: 'CareLevel', name: 'Primärvård', kind: 'PRIMARY_CARE' },
      { id: 'tg-old', label: 'TargetGroup', name: 'Äldre', kind: null },
    ] as MapNode[];
    const area = { id: 'kommun-vindeln', name: 'Vindelns kommun' };
    const text = { text: { sv: 'Ingen', en: 'None' } };
    const handover = gapFromCell(area, { key: 'EMERGENCY~PRIMARY_CARE', label: { sv: 'Akut ↔ primärvård', en: 'Emergency ↔ primary care' }, systemLevel: null }, text, nodes, 'sv');
    expect(handover.links!.between!.map((x) => x.id)).toEqual(['kommun-vindeln', 'cl-em', 'cl-pc']);
    expect(handover.values).toEqual({ evidence: 'Vindelns kommun × Akut ↔ primärvård: Ingen', kind: 'HANDOVER' });
    const tg = gapFromCell(area, { key: 'tg-old', label: { sv: 'Äldre', en: 'Older people' }, systemLevel: null }, text, nodes, 'sv');
    expect(tg.links).toEqual({ between: [{ id: 'kommun-vindeln', name: 'Vindelns kommun', principal: 'MUNICIPALITY' }], affects: [{ id: 'tg-old', name: 'Äldre', principal: null }] });
  });
});
