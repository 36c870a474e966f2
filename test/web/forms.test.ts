// The edit forms as data: the same fields as the SDL's inputs, and the steps
// from what a person typed to a create input or a patch.
import { buildSchema, type GraphQLInputObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadSdl } from '../../server/graphql/index.ts';
import { createInput, FORM_FIELDS, idFromName, LINK_EDITORS, matches, patchFrom, writableProps } from '../../web/src/forms.ts';
import type { MapNode, NodeLabel } from '../../web/src/graph/types.ts';
import { sv } from '../../web/src/i18n/sv.ts';

const schema = buildSchema(loadSdl());

describe('form fields', () => {
  it.each(Object.keys(FORM_FIELDS))('%s has exactly the fields of its create input, enums by their SDL type', (label) => {
    const input = schema.getType(`${label}Input`) as GraphQLInputObjectType;
    const fields = FORM_FIELDS[label as NodeLabel];
    expect(fields.map((f) => f.name).sort()).toEqual(Object.keys(input.getFields()).filter((f) => f !== 'id').sort());
    for (const f of fields) {
      const type = String(input.getFields()[f.name]!.type);
      if (f.enum) expect(type.replace('!', '')).toBe(f.enum);
      expect(!!f.required, f.name).toBe(type.endsWith('!'));
    }
  });

  it('edits only relationships the schema has', () => {
    const rels = (schema.getType('RelType') as unknown as { getValues(): { name: string }[] }).getValues().map((v) => v.name);
    for (const eds of Object.values(LINK_EDITORS)) for (const ed of eds!) expect(rels).toContain(ed.rel);
  });
});

describe('from form values', () => {
  it('makes a create input of the fields with a value, trimmed', () => {
    expect(createInput('Forum', { name: '  Ny grupp ', kind: 'TEAM', systemLevel: 'MICRO', status: 'PLANNED', mandate: '', plannedStart: '2027-01-01', crossesBoundary: true, description: '' }))
      .toEqual({ name: 'Ny grupp', kind: 'TEAM', systemLevel: 'MICRO', status: 'PLANNED', plannedStart: '2027-01-01', crossesBoundary: true });
  });

  it('sends an empty required name so the server names the field', () => {
    expect(createInput('Gap', { name: ' ', kind: 'HANDOVER', severity: 'HIGH' })).toEqual({ name: '', kind: 'HANDOVER', severity: 'HIGH' });
  });

  it('makes a patch of what changed; an emptied optional field is removed', () => {
    const before = writableProps('Forum', { name: 'A', kind: 'TEAM', systemLevel: 'MESO', status: 'ACTIVE', mandate: 'ADVISES', crossesBoundary: false, startDate: '2020-01-01' });
    const patch = patchFrom('Forum', before, { name: 'A', kind: 'TEAM', systemLevel: 'MESO', status: 'ENDED', mandate: '', crossesBoundary: true, startDate: '2020-01-01', endDate: '2026-01-01' });
    expect(patch).toEqual({ status: 'ENDED', mandate: null, crossesBoundary: true, endDate: '2026-01-01' });
    expect(patchFrom('Forum', before, { name: '' })).toEqual({ name: '' });
  });

  it('makes ids as the server does', () => {
    expect(idFromName('Gap', 'Dokumentation – Överlämning saknas!')).toBe('gap-dokumentation-overlamning-saknas');
  });
});

describe('the create form\'s pickers and headings', () => {
  const node = (id: string, label: NodeLabel, name: string, kind: string | null = null) => ({ id, label, name, kind }) as MapNode;
  const nodes = [
    node('hc', 'Actor', 'Lycksele hälsocentral'), node('k', 'Actor', 'Lycksele kommun', 'MUNICIPALITY'), node('las', 'Actor', 'Lycksele lasarett'),
    node('hs', 'Actor', 'Hemsjukvård Lycksele'), node('f', 'Forum', 'Lycksele samverkan'), node('u', 'Actor', 'Umeå kommun', 'MUNICIPALITY'),
  ];
  const participants = LINK_EDITORS.Forum!.find((ed) => ed.key === 'participants')!;
  const areas = LINK_EDITORS.Forum!.find((ed) => ed.key === 'areas')!;

  it('finds as one types: names that start with it first, the closest first, then a word that starts with it; only what the editor may link to', () => {
    expect(matches(nodes, participants, 'Lyck', new Set()).map((n) => n.name)).toEqual(['Lycksele kommun', 'Lycksele lasarett', 'Lycksele hälsocentral', 'Hemsjukvård Lycksele']);
    expect(matches(nodes, participants, 'lyck', new Set(['k'])).map((n) => n.id)).toEqual(['las', 'hc', 'hs']);
    expect(matches(nodes, areas, 'Lyck', new Set()).map((n) => n.id)).toEqual(['k']);
    expect(matches(nodes, participants, 'umea', new Set()).map((n) => n.id)).toEqual(['u']);
    expect(matches(nodes, participants, '  ', new Set())).toEqual([]);
  });

  it('every "Ny/Nytt" heading agrees with its noun in Swedish', () => {
    expect(sv.flow.createTitle).toEqual({ Forum: 'Nytt forum', Actor: 'Ny aktör', Gap: 'Nytt mellanrum', Initiative: 'Nytt initiativ', CareLevel: 'Ny vårdnivå', TargetGroup: 'Ny målgrupp' });
  });
});
